/** Why a discount cannot apply to a checkout; the page words each in the customer's language. */
export type DiscountRefusalReason =
  | 'invalid'
  | 'inactive'
  | 'expired'
  | 'exhausted'
  | 'first_time_only'
  | 'minimum_not_met'
  | 'not_applicable'
  | 'currency_mismatch'
  | 'total_too_small';

export type DiscountRefusal = { reason: DiscountRefusalReason; message: string };

const MESSAGES: Record<DiscountRefusalReason, string> = {
  invalid: 'This promotion code or coupon does not exist or is no longer valid.',
  inactive: 'This promotion code is inactive.',
  expired: 'This promotion code or coupon has expired.',
  exhausted: 'This promotion code or coupon has reached its maximum number of redemptions.',
  first_time_only: 'This promotion code is only for customers making their first purchase.',
  minimum_not_met: 'The order does not reach the minimum amount for this promotion code or coupon.',
  not_applicable: 'This promotion code or coupon does not apply to the items in this checkout.',
  currency_mismatch: 'This coupon is in another currency than the checkout.',
  total_too_small:
    'With this discount the total would be above zero but below the smallest amount that can be charged.',
};

export function discountRefusal(reason: DiscountRefusalReason): DiscountRefusal {
  return { reason, message: MESSAGES[reason] };
}
