import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { createPromotionCodeByApi } from '@/lib/merchant-api/discounts/create-promotion-code-by-api';
import { listPromotionCodes } from '@/lib/merchant-api/discounts/list-promotion-codes';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, body }) => createPromotionCodeByApi(db(), merchantId, body));
export const GET = apiRoute(({ merchantId, request }) => listPromotionCodes(db(), merchantId, queryOf(request)));
