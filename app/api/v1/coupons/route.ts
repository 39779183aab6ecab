import { db } from '@/lib/db/db';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { createCouponByApi } from '@/lib/merchant-api/discounts/create-coupon-by-api';
import { listCoupons } from '@/lib/merchant-api/discounts/list-coupons';
import { queryOf } from '@/lib/merchant-api/query-of';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(({ merchantId, body }) => createCouponByApi(db(), merchantId, body));
export const GET = apiRoute(({ merchantId, request }) => listCoupons(db(), merchantId, queryOf(request)));
