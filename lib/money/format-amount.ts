import { minorUnitDigits } from './currencies';

/** Formats integer minor units for display, e.g. (1999, 'usd', 'en-US') → "$19.99". Only at the edge. */
export function formatAmount(amount: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitDigits(currency);
  const format = (tag: string) =>
    new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: currency.toUpperCase(),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  let formatter: Intl.NumberFormat;
  try {
    formatter = format(locale);
  } catch {
    formatter = format('en-US');
  }
  return formatter.format(amount / 10 ** digits);
}
