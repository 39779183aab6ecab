import type { PaymentLink } from '@/lib/generated/prisma/client';
import { isLinkClosed } from '@/lib/sessions/link-availability';
import { linkFixedTotal, linkLineItems } from '@/lib/objects/link-line-items';
import { MAX_AMOUNT } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';

export type LinkState = 'active' | 'inactive' | 'limit_reached';

/** Whether a link takes payments, was deactivated, or reached its completion limit (while still active). */
export function linkState(link: Pick<PaymentLink, 'active' | 'completedCount' | 'completedLimit'>): LinkState {
  if (!link.active) return 'inactive';
  return isLinkClosed(link) ? 'limit_reached' : 'active';
}

/**
 * A link in the merchant's words: what it sells (the first item, "and N more"), and its price, or
 * "Customer chooses" with the bounds a customer may pay between.
 */
export function linkHeadline(link: PaymentLink): { what: string; price: string; chooses: boolean } {
  const money = (amount: number) => formatAmount(amount, link.currency);
  if (link.customAmountName !== null) {
    const [min, max] = [link.customAmountMin!, link.customAmountMax!];
    return {
      what: link.customAmountName,
      price: max >= MAX_AMOUNT ? `${money(min)} or more` : `${money(min)} – ${money(max)}`,
      chooses: true,
    };
  }
  const [first, ...rest] = linkLineItems(link);
  const what = !first ? 'Payment link' : rest.length === 0 ? first.name : `${first.name} and ${rest.length} more`;
  return { what, price: money(linkFixedTotal(link) ?? 0), chooses: false };
}

/** "3 of 10", or "3" with no limit: completed checkouts against the link's limit. */
export function completedLabel(link: Pick<PaymentLink, 'completedCount' | 'completedLimit'>): string {
  return link.completedLimit === null
    ? String(link.completedCount)
    : `${link.completedCount} of ${link.completedLimit}`;
}
