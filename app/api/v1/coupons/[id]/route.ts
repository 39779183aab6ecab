import { db } from '@/lib/db/db';
import { findCoupon } from '@/lib/discounts/find-coupon';
import { updateCoupon } from '@/lib/discounts/update-coupon';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { ZApiUpdateCoupon } from '@/lib/merchant-api/schemas/discount-schemas';
import { serializeCoupon } from '@/lib/objects/serialize-discounts';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) => serializeCoupon(await findCoupon(db(), merchantId, params.id!)),
  { ids: { id: 'coupon' } },
);
export const POST = apiRoute(
  async ({ merchantId, params, body }) =>
    serializeCoupon(await updateCoupon(db(), merchantId, params.id!, ZApiUpdateCoupon.parse(body))),
  { ids: { id: 'coupon' } },
);
