import { minorUnitDigits } from './currencies';

/**
 * How an amount field for `currency` looks in `locale`: the currency symbol and which side of the number
 * it goes, and a value in minor units written the way the customer would type it ("25.00", "25,00").
 */
export function amountInputFormat(currency: string, locale: string) {
  const digits = minorUnitDigits(currency);
  const make = (tag: string, options: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(tag, options);
    } catch {
      return new Intl.NumberFormat('en-US', options);
    }
  };
  const parts = make(locale, { style: 'currency', currency: currency.toUpperCase() }).formatToParts(1);
  const symbolIndex = parts.findIndex((part) => part.type === 'currency');
  const numberIndex = parts.findIndex((part) => part.type === 'integer');
  const plain = make(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  return {
    symbol: parts[symbolIndex]?.value ?? currency.toUpperCase(),
    symbolAfter: symbolIndex > numberIndex,
    write: (minor: number) => plain.format(minor / 10 ** digits),
  };
}
