import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { deleteEndpoint } from '@/lib/merchant-api/webhook-endpoints/delete-endpoint';
import { findEndpoint } from '@/lib/merchant-api/webhook-endpoints/find-endpoint';
import { updateEndpoint } from '@/lib/merchant-api/webhook-endpoints/update-endpoint';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) => serializeEndpoint(await findEndpoint(db(), merchantId, params.id!)),
  { ids: { id: 'webhook_endpoint' } },
);
export const POST = apiRoute(({ merchantId, params, body }) => updateEndpoint(db(), merchantId, params.id!, body), {
  ids: { id: 'webhook_endpoint' },
});
export const DELETE = apiRoute(({ merchantId, params }) => deleteEndpoint(db(), merchantId, params.id!), {
  ids: { id: 'webhook_endpoint' },
});
