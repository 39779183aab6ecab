import type { Db } from '@/lib/db/create-prisma';
import { createCoupon } from '@/lib/discounts/create-coupon';
import { serializeCoupon } from '@/lib/objects/serialize-discounts';
import { ZApiCreateCoupon } from '../schemas/discount-schemas';

/** `POST /api/v1/coupons`: the API's snake_case (`percent_off` 12.5) to the domain's integers (1250 hundredths). */
export async function createCouponByApi(db: Db, merchantId: string, body: unknown) {
  const input = ZApiCreateCoupon.parse(body);
  const coupon = await createCoupon(db, merchantId, {
    name: input.name,
    percentOffHundredths: input.percent_off === undefined ? undefined : Math.round(input.percent_off * 100),
    amountOff: input.amount_off,
    currency: input.currency,
    maxRedemptions: input.max_redemptions,
    redeemBy: input.redeem_by === undefined ? undefined : new Date(input.redeem_by * 1000),
    appliesToLineItemNames: input.applies_to?.line_item_names,
    appliesToPaymentLinks: input.applies_to?.payment_links,
    minimumAmount: input.minimum_amount,
    minimumAmountCurrency: input.minimum_amount_currency,
    metadata: input.metadata,
  });
  return serializeCoupon(coupon);
}
