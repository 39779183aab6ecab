import { minorUnitDigits } from '@/lib/money/currencies';

/**
 * Turns what a customer typed ("25", "25.5", "1,250.00", "1.250,00", "€ 12") into integer minor units of
 * `currency`, or null when it is not an amount. The last `.` or `,` followed by no more digits than the
 * currency's minor unit has is the decimal separator; other separators group thousands.
 */
export function parseAmountInput(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  // Spaces and apostrophes group thousands in some locales; a currency symbol or code may surround the number.
  const cleaned = text
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^[^\d.,-]+|[^\d.,-]+$/g, '')
    .replace(/[.,]$/, '');
  if (!/^\d[\d.,]*$|^[.,]\d+$/.test(cleaned)) return null;
  const lastSeparator = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  const fraction = lastSeparator >= 0 ? cleaned.slice(lastSeparator + 1) : '';
  const isDecimal =
    lastSeparator >= 0 && digits > 0 && fraction.length > 0 && fraction.length <= digits && /^\d+$/.test(fraction);
  const whole = (isDecimal ? cleaned.slice(0, lastSeparator) : cleaned).replace(/[.,]/g, '');
  if (isDecimal && /[.,]/.test(cleaned.slice(0, lastSeparator)) && !isGrouped(cleaned.slice(0, lastSeparator)))
    return null;
  if (!isDecimal && lastSeparator >= 0 && !isGrouped(cleaned)) return null;
  const units = Number(whole || '0') * 10 ** digits + Number((isDecimal ? fraction : '').padEnd(digits, '0') || '0');
  return Number.isSafeInteger(units) ? units : null;
}

/** True for digits grouped in threes ("1,250,000" or "1.250"), the only way separators may appear in a whole number. */
function isGrouped(text: string): boolean {
  return /^\d{1,3}([.,]\d{3})*$/.test(text);
}
