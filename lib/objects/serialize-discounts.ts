import type { Coupon, PromotionCode } from '@/lib/generated/prisma/client';

const unix = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null);

/** The merchant API's representation of a coupon (Stripe's names; `percent_off` 12.5 is stored as 1250 hundredths). */
export function serializeCoupon(coupon: Coupon) {
  return {
    id: coupon.id,
    object: 'coupon' as const,
    name: coupon.name,
    percent_off: coupon.percentOffHundredths === null ? null : coupon.percentOffHundredths / 100,
    amount_off: coupon.amountOff,
    currency: coupon.currency,
    duration: 'once' as const,
    max_redemptions: coupon.maxRedemptions,
    redeem_by: unix(coupon.redeemBy),
    applies_to: {
      line_item_names: coupon.appliesToLineItemNames,
      payment_links: coupon.appliesToPaymentLinks,
    },
    minimum_amount: coupon.minimumAmount,
    minimum_amount_currency: coupon.minimumAmountCurrency,
    /** Payments that succeeded with it. */
    times_redeemed: coupon.timesRedeemed,
    /** Payments under way with it (each holds one redemption until it succeeds or fails). */
    times_held: coupon.timesHeld,
    valid: coupon.valid,
    metadata: coupon.metadata as Record<string, string>,
    created: unix(coupon.createdAt),
  };
}

/** The merchant API's representation of a promotion code, with its coupon expanded (as Stripe returns it). */
export function serializePromotionCode(code: PromotionCode & { coupon: Coupon }) {
  return {
    id: code.id,
    object: 'promotion_code' as const,
    code: code.code,
    coupon: serializeCoupon(code.coupon),
    active: code.active,
    max_redemptions: code.maxRedemptions,
    expires_at: unix(code.expiresAt),
    restrictions: {
      first_time_transaction: code.firstTimeTransaction,
      minimum_amount: code.minimumAmount,
      minimum_amount_currency: code.minimumAmountCurrency,
    },
    times_redeemed: code.timesRedeemed,
    times_held: code.timesHeld,
    metadata: code.metadata as Record<string, string>,
    created: unix(code.createdAt),
  };
}
