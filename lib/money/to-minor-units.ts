import { minorUnitDigits } from './currencies';

/**
 * Converts an amount typed in major units ("12.5", "12,50") to integer minor units of `currency`
 * (1250 for usd, 13 for jpy when rounding up). `round` decides what happens to digits finer than the
 * currency's minor unit: `exact` refuses them (null), `up`/`down` round (for range bounds). Null for
 * anything that is not a plain non-negative decimal number.
 */
export function toMinorUnits(major: string, currency: string, round: 'exact' | 'up' | 'down' = 'exact'): number | null {
  const match = /^(\d{1,12})(?:[.,](\d{1,12}))?$/.exec(major.trim());
  if (!match) return null;
  const digits = minorUnitDigits(currency);
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const dropped = /[1-9]/.test(fraction.slice(digits));
  if (dropped && round === 'exact') return null;
  const value = Number(match[1]) * 10 ** digits + Number(kept || '0') + (dropped && round === 'up' ? 1 : 0);
  return Number.isSafeInteger(value) ? value : null;
}
