import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { rollApiKey } from '@/lib/merchant-api/api-keys/roll-api-key';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, params, body }) => rollApiKey(db(), merchantId, params.id!, body), {
  ids: { id: 'api_key' },
  secretField: 'secret',
});
