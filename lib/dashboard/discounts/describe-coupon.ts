import type { Coupon } from '@/lib/generated/prisma/client';
import { formatAmount } from '@/lib/money/format-amount';

/** A coupon's terms in a merchant's words: "25 % off", "$5.00 off Lamp", "10 % off, from $50.00". */
export function describeCoupon(coupon: Coupon): string {
  const off =
    coupon.percentOffHundredths !== null
      ? `${coupon.percentOffHundredths / 100} % off`
      : `${formatAmount(coupon.amountOff ?? 0, coupon.currency ?? 'usd')} off`;
  const items = coupon.appliesToLineItemNames.length ? ` ${coupon.appliesToLineItemNames.join(', ')}` : '';
  const links = coupon.appliesToPaymentLinks.length
    ? ` on ${coupon.appliesToPaymentLinks.length} payment link${coupon.appliesToPaymentLinks.length > 1 ? 's' : ''}`
    : '';
  const minimum =
    coupon.minimumAmount !== null
      ? `, from ${formatAmount(coupon.minimumAmount, coupon.minimumAmountCurrency ?? 'usd')}`
      : '';
  return `${off}${items}${links}${minimum}`;
}

/** "3 used, 1 in progress, of 100" */
export function describeRedemptions(row: { timesRedeemed: number; timesHeld: number; maxRedemptions: number | null }) {
  const held = row.timesHeld ? `, ${row.timesHeld} in progress` : '';
  return `${row.timesRedeemed} used${held}${row.maxRedemptions !== null ? ` of ${row.maxRedemptions}` : ''}`;
}
