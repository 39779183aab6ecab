/**
 * Currencies Tillpoint accepts and how it takes amounts in them: the minor unit's decimals, the step an
 * amount must be a multiple of, and the smallest charge. Tillpoint keeps its own table (the sandbox models
 * Stripe's rules in `sandbox/src/currencies/presentment-currencies.ts`); both follow Stripe's "Supported currencies" page and
 * its special cases (STRIPE_FACTS.md §8), so Tillpoint refuses the amounts Stripe would (KWD 12.345,
 * HUF 12.34) before calling it.
 */
const ZERO_DECIMAL = [
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
];
/** Three decimals, but Stripe's payment partners need the last digit to be 0 (KWD 12.340 = 12340). */
const THREE_DECIMAL = ['bhd', 'jod', 'kwd', 'omr', 'tnd'];
/** Two decimals on paper, charged in whole units only: amounts are multiples of 100 (HUF 175.00 = 17500). */
const WHOLE_UNITS = ['huf', 'isk', 'twd'];
const TWO_DECIMAL = [
  'usd',
  'eur',
  'gbp',
  'aud',
  'cad',
  'chf',
  'cny',
  'czk',
  'dkk',
  'hkd',
  'ils',
  'inr',
  'mxn',
  'myr',
  'nok',
  'nzd',
  'php',
  'pln',
  'ron',
  'sek',
  'sgd',
  'thb',
  'try',
  'zar',
  'brl',
  'aed',
  'sar',
  'idr',
  'bgn',
  ...WHOLE_UNITS,
];

/** Smallest charge in minor units (Stripe's minimums) for the currencies its table lists. */
const MINIMUMS: Record<string, number> = {
  usd: 50,
  eur: 50,
  gbp: 30,
  aud: 50,
  cad: 50,
  chf: 50,
  dkk: 250,
  nok: 300,
  sek: 300,
  czk: 1500,
  huf: 17500,
  pln: 200,
  ron: 200,
  bgn: 100,
  hkd: 400,
  jpy: 50,
  mxn: 1000,
  nzd: 50,
  sgd: 50,
  thb: 1000,
  inr: 50,
  brl: 50,
  aed: 200,
  myr: 200,
};

export const SUPPORTED_CURRENCIES: readonly string[] = [...TWO_DECIMAL, ...ZERO_DECIMAL, ...THREE_DECIMAL].sort();

/** Largest amount Stripe accepts for a card payment, in minor units. */
export const MAX_AMOUNT = 99_999_999;

export function isSupportedCurrency(code: string): boolean {
  return SUPPORTED_CURRENCIES.includes(code);
}

export function minorUnitDigits(currency: string): 0 | 2 | 3 {
  if (ZERO_DECIMAL.includes(currency)) return 0;
  if (THREE_DECIMAL.includes(currency)) return 3;
  return 2;
}

/** What every amount in `currency` must be a multiple of, in minor units: 10, 100 or 1. */
export function amountStep(currency: string): number {
  if (THREE_DECIMAL.includes(currency)) return 10;
  if (WHOLE_UNITS.includes(currency)) return 100;
  return 1;
}

/** Where Stripe's table is silent: 50 minor units, 0.500 for three decimals, one whole unit for whole-unit currencies. */
const DEFAULT_MINIMUM_BY_STEP: Record<number, number> = { 1: 50, 10: 500, 100: 100 };

export function minimumAmount(currency: string): number {
  return MINIMUMS[currency] ?? DEFAULT_MINIMUM_BY_STEP[amountStep(currency)]!;
}

/** Why Stripe would refuse `amount` minor units of `currency` for its step, as the end of a sentence; null when it is fine. */
export function amountStepProblem(amount: number, currency: string): string | null {
  const step = amountStep(currency);
  if (amount % step === 0) return null;
  const code = currency.toUpperCase();
  return step === 10
    ? `must be a multiple of 10: ${code} amounts have three decimals whose last digit is 0`
    : `must be a multiple of 100: ${code} is charged in whole units only`;
}
