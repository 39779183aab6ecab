import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { queryOf } from '@/lib/merchant-api/query-of';
import { listPayments } from '@/lib/merchant-api/payments/list-payments';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(({ merchantId, request }) => listPayments(db(), merchantId, queryOf(request)));
