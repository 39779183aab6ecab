import type { Coupon, PromotionCode } from '@/lib/generated/prisma/client';
import { minimumAmount } from '@/lib/money/currencies';
import { computeDiscount, type DiscountLine } from './compute-discount';
import { discountRefusal, type DiscountRefusal } from './discount-refusal';

export type DiscountTarget = {
  currency: string;
  lineItems: readonly DiscountLine[];
  paymentLinkId: string | null;
};

export type DiscountCheck =
  { ok: true; amountDiscount: number; subtotal: number } | { ok: false; refusal: DiscountRefusal };

const exhausted = (row: { maxRedemptions: number | null; timesHeld: number; timesRedeemed: number }) =>
  row.maxRedemptions !== null && row.timesHeld + row.timesRedeemed >= row.maxRedemptions;

/**
 * Whether `coupon` (through `code`, when a customer typed one) applies to a checkout now, and how much
 * it takes off. Pure: the caller has read the rows; counters held by payments in flight count as used, and
 * the hold itself (holdRedemption) is the atomic decision. First-time use is checked by the caller, who
 * knows the email.
 */
export function checkDiscount(
  coupon: Coupon,
  code: PromotionCode | null,
  target: DiscountTarget,
  now = new Date(),
): DiscountCheck {
  const refuse = (reason: Parameters<typeof discountRefusal>[0]): DiscountCheck => ({
    ok: false,
    refusal: discountRefusal(reason),
  });
  if (!coupon.valid) return refuse('invalid');
  if (code && !code.active) return refuse('inactive');
  if ((coupon.redeemBy && coupon.redeemBy <= now) || (code?.expiresAt && code.expiresAt <= now))
    return refuse('expired');
  if (exhausted(coupon) || (code && exhausted(code))) return refuse('exhausted');
  if (coupon.currency !== null && coupon.currency !== target.currency) return refuse('currency_mismatch');
  if (coupon.appliesToPaymentLinks.length > 0 && !coupon.appliesToPaymentLinks.includes(target.paymentLinkId ?? ''))
    return refuse('not_applicable');
  const subtotal = target.lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const { eligible, amountDiscount } = computeDiscount(target.lineItems, target.currency, coupon);
  if (eligible === 0) return refuse('not_applicable');
  const below = (minimum: number | null, currency: string | null, amount: number) =>
    minimum !== null && (currency !== target.currency || amount < minimum);
  if (below(coupon.minimumAmount, coupon.minimumAmountCurrency, eligible)) return refuse('minimum_not_met');
  if (code && below(code.minimumAmount, code.minimumAmountCurrency, subtotal)) return refuse('minimum_not_met');
  const total = subtotal - amountDiscount;
  if (total > 0 && total < minimumAmount(target.currency)) return refuse('total_too_small');
  return { ok: true, amountDiscount, subtotal };
}
