import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { queryOf } from '@/lib/merchant-api/query-of';
import { listDeliveries } from '@/lib/merchant-api/webhook-endpoints/list-deliveries';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  ({ merchantId, params, request }) => listDeliveries(db(), merchantId, params.id!, queryOf(request)),
  { ids: { id: 'webhook_endpoint' } },
);
