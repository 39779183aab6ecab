import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { queryOf } from '@/lib/merchant-api/query-of';
import { createEndpoint } from '@/lib/merchant-api/webhook-endpoints/create-endpoint';
import { listEndpoints } from '@/lib/merchant-api/webhook-endpoints/list-endpoints';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, body }) => createEndpoint(db(), merchantId, body), {
  secretField: 'secret',
});
export const GET = apiRoute(({ merchantId, request }) => listEndpoints(db(), merchantId, queryOf(request)));
