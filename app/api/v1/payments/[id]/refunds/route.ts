import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { queryOf } from '@/lib/merchant-api/query-of';
import { createRefundByApi } from '@/lib/merchant-api/refunds/create-refund-by-api';
import { listRefunds } from '@/lib/merchant-api/refunds/list-refunds';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  ({ merchantId, apiKeyId, params, body }) =>
    createRefundByApi(db(), { merchantId, apiKeyId, paymentId: params.id! }, body),
  { ids: { id: 'payment' } },
);
export const GET = apiRoute(
  ({ merchantId, params, request }) => listRefunds(db(), merchantId, params.id!, queryOf(request)),
  { ids: { id: 'payment' } },
);
