/**
 * Currencies Tillpoint accepts (a subset of Stripe's card currencies), with how many decimals their
 * minor unit has and the smallest charge Stripe allows, both as Stripe defines them.
 */
const ZERO_DECIMAL = ['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'];
const THREE_DECIMAL = ['bhd', 'jod', 'kwd', 'omr', 'tnd'];
const TWO_DECIMAL = [
  'usd', 'eur', 'gbp', 'aud', 'cad', 'chf', 'cny', 'czk', 'dkk', 'hkd', 'huf', 'ils', 'inr', 'mxn', 'myr', 'nok', 'nzd',
  'php', 'pln', 'ron', 'sek', 'sgd', 'thb', 'try', 'zar', 'brl', 'aed', 'sar', 'idr', 'twd',
];

/** Minimum charge amounts in minor units (Stripe's table for the common ones; 50 units otherwise). */
const MINIMUMS: Record<string, number> = {
  usd: 50, eur: 50, gbp: 30, aud: 50, cad: 50, chf: 50, dkk: 250, nok: 300, sek: 300, czk: 1500, huf: 17500,
  pln: 200, ron: 200, hkd: 400, jpy: 50, mxn: 1000, nzd: 50, sgd: 50, thb: 1000, inr: 50, brl: 50, aed: 200,
};

export const SUPPORTED_CURRENCIES = [...TWO_DECIMAL, ...ZERO_DECIMAL, ...THREE_DECIMAL].sort();

/** Largest amount Stripe accepts for a card payment, in minor units. */
export const MAX_AMOUNT = 99_999_999;

export function isSupportedCurrency(code: string): boolean {
  return SUPPORTED_CURRENCIES.includes(code);
}

export function minorUnitDigits(currency: string): number {
  if (ZERO_DECIMAL.includes(currency)) return 0;
  if (THREE_DECIMAL.includes(currency)) return 3;
  return 2;
}

export function minimumAmount(currency: string): number {
  return MINIMUMS[currency] ?? (minorUnitDigits(currency) === 0 ? 50 : minorUnitDigits(currency) === 3 ? 500 : 50);
}
