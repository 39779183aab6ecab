import { formatAmount } from '@/lib/money/format-amount';
import type { LinkView } from './get-link-view';

/** A link in words for titles and previews: what is bought, and its price or the range a customer may pay. */
export function describeLink(
  view: LinkView,
  locale: string,
  andMore: (first: string, count: number) => string = (first, count) => `${first} and ${count} more`,
): { what: string; price: string } {
  const money = (amount: number) => formatAmount(amount, view.currency, locale);
  if (view.customAmount) {
    return {
      what: view.customAmount.name,
      price: `${money(view.customAmount.minimum)} – ${money(view.customAmount.maximum)}`,
    };
  }
  const [first, ...rest] = view.lineItems;
  const what = !first ? view.merchant.name : rest.length === 0 ? first.name : andMore(first.name, rest.length);
  return { what, price: money(view.fixedTotal ?? 0) };
}
