import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { revokeApiKey } from '@/lib/merchant-api/api-keys/revoke-api-key';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  ({ merchantId, apiKeyId, params, body }) => revokeApiKey(db(), merchantId, params.id!, apiKeyId, body),
  { ids: { id: 'api_key' } },
);
