import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { rotateEndpointSecret } from '@/lib/merchant-api/webhook-endpoints/rotate-endpoint-secret';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  ({ merchantId, params, body }) => rotateEndpointSecret(db(), merchantId, params.id!, body),
  { ids: { id: 'webhook_endpoint' }, secretField: 'secret' },
);
