import { amountStep } from '@/lib/money/currencies';

export type DiscountTerms = {
  /** 1250 = 12.5 %; null for a fixed amount off. */
  percentOffHundredths: number | null;
  amountOff: number | null;
  /** `applies_to.line_item_names`: only these items (exact name, case-insensitive) count; empty for all. */
  appliesToLineItemNames: readonly string[];
};

export type DiscountLine = { name: string; unitAmount: number; quantity: number };

/** The line items' sum the coupon applies to: all of it, or only the items it names. */
export function eligibleSubtotal(
  lineItems: readonly DiscountLine[],
  terms: Pick<DiscountTerms, 'appliesToLineItemNames'>,
) {
  const names = new Set(terms.appliesToLineItemNames.map((name) => name.toLowerCase()));
  return lineItems
    .filter((item) => names.size === 0 || names.has(item.name.toLowerCase()))
    .reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
}

/**
 * The minor units a coupon takes off, in integers only: a percentage of the eligible subtotal rounded
 * half up to the amount step the currency is charged in (1 for USD and JPY, 10 for KWD, 100 for HUF), so
 * the total stays an amount Stripe accepts; a fixed amount capped at the eligible subtotal. Never
 * negative, never more than what it applies to.
 */
export function computeDiscount(
  lineItems: readonly DiscountLine[],
  currency: string,
  terms: DiscountTerms,
): { eligible: number; amountDiscount: number } {
  const eligible = eligibleSubtotal(lineItems, terms);
  if (terms.percentOffHundredths !== null) {
    const step = amountStep(currency);
    const scale = 10_000 * step;
    const steps = Math.floor((2 * eligible * terms.percentOffHundredths + scale) / (2 * scale));
    return { eligible, amountDiscount: Math.min(eligible, Math.max(0, steps * step)) };
  }
  return { eligible, amountDiscount: Math.min(eligible, Math.max(0, terms.amountOff ?? 0)) };
}
