/**
 * Stripe's card presentment currencies, how their amounts are written, and the smallest charge in each.
 * Sources: Stripe's "Supported currencies" page (the list, zero-decimal and three-decimal currencies,
 * special cases, and the minimum-charge table) and STRIPE_FACTS.md §8. Pure data; imports nothing.
 */

/** Zero-decimal: the amount is in whole units (JPY 500 = 500). */
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
/** Three decimals whose last digit must be 0 for Stripe's payment partners (KWD 12.340 = 12340). */
const THREE_DECIMAL = ['bhd', 'jod', 'kwd', 'omr', 'tnd'];
/** Two decimals on paper, charged in whole units: amounts are multiples of 100 (HUF 175.00 = 17500). */
const WHOLE_UNITS = ['huf', 'isk', 'twd'];

/** Stripe's published minimum charge amounts, in minor units. */
const DOCUMENTED_MINIMUMS: Record<string, number> = {
  usd: 50,
  aed: 200,
  aud: 50,
  bgn: 100,
  brl: 50,
  cad: 50,
  chf: 50,
  czk: 1500,
  dkk: 250,
  eur: 50,
  gbp: 30,
  hkd: 400,
  huf: 17500,
  inr: 50,
  jpy: 50,
  mxn: 1000,
  myr: 200,
  nok: 300,
  nzd: 50,
  pln: 200,
  ron: 200,
  sek: 300,
  sgd: 50,
  thb: 1000,
};

/**
 * Units of each other presentment currency per US dollar, rounded (sandbox policy): Stripe's minimum for
 * these is "the equivalent of USD 0.50", which needs a rate; the sandbox uses these fixed ones.
 */
const USD_RATES: Record<string, number> = {
  afn: 70,
  all: 92,
  amd: 390,
  ang: 1.79,
  aoa: 910,
  ars: 1200,
  awg: 1.79,
  azn: 1.7,
  bam: 1.8,
  bbd: 2,
  bdt: 120,
  bhd: 0.376,
  bif: 2900,
  bmd: 1,
  bnd: 1.34,
  bob: 6.9,
  bsd: 1,
  bwp: 13.5,
  byn: 3.3,
  bzd: 2,
  cdf: 2800,
  clp: 950,
  cny: 7.2,
  cop: 4100,
  crc: 510,
  cve: 100,
  djf: 178,
  dop: 60,
  dzd: 135,
  egp: 49,
  etb: 125,
  fjd: 2.25,
  fkp: 0.79,
  gel: 2.7,
  gip: 0.79,
  gmd: 70,
  gnf: 8600,
  gtq: 7.75,
  gyd: 209,
  hnl: 25,
  htg: 131,
  idr: 16000,
  ils: 3.7,
  isk: 138,
  jmd: 157,
  jod: 0.709,
  kes: 129,
  kgs: 87,
  khr: 4000,
  kmf: 450,
  krw: 1380,
  kwd: 0.307,
  kyd: 0.83,
  kzt: 500,
  lak: 21700,
  lbp: 89500,
  lkr: 300,
  lrd: 200,
  lsl: 18,
  mad: 9.9,
  mdl: 17.5,
  mga: 4500,
  mkd: 56,
  mmk: 2100,
  mnt: 3400,
  mop: 8,
  mur: 45,
  mvr: 15.4,
  mwk: 1730,
  mzn: 64,
  nad: 18,
  ngn: 1550,
  nio: 36.8,
  npr: 136,
  omr: 0.385,
  pab: 1,
  pen: 3.7,
  pgk: 4,
  php: 57,
  pkr: 280,
  pyg: 7800,
  qar: 3.64,
  rsd: 105,
  rub: 95,
  rwf: 1400,
  sar: 3.75,
  sbd: 8.4,
  scr: 14,
  shp: 0.79,
  sle: 22.5,
  sos: 571,
  srd: 35,
  std: 22000,
  szl: 18,
  tjs: 10.9,
  tnd: 3.1,
  top: 2.35,
  try: 34,
  ttd: 6.8,
  twd: 32,
  tzs: 2700,
  uah: 41,
  ugx: 3700,
  uyu: 40,
  uzs: 12800,
  vnd: 25400,
  vuv: 119,
  wst: 2.75,
  xaf: 600,
  xcd: 2.7,
  xcg: 1.79,
  xof: 600,
  xpf: 110,
  yer: 250,
  zar: 18,
  zmw: 27,
};

/** Every presentment currency, lower case, sorted. */
export const PRESENTMENT_CURRENCIES: readonly string[] = [
  ...Object.keys(DOCUMENTED_MINIMUMS),
  ...Object.keys(USD_RATES),
].sort();

/** Largest amount Stripe accepts for a card payment, in minor units (eight digits). */
export const MAXIMUM_AMOUNT = 99_999_999;

export function isPresentmentCurrency(code: string): boolean {
  return PRESENTMENT_CURRENCIES.includes(code);
}

/** Digits after the decimal point in API amounts. */
export function currencyExponent(currency: string): 0 | 2 | 3 {
  if (ZERO_DECIMAL.includes(currency)) return 0;
  if (THREE_DECIMAL.includes(currency)) return 3;
  return 2;
}

/** What every amount in `currency` must be a multiple of, in minor units: 10, 100 or 1. */
export function amountMultiple(currency: string): number {
  if (THREE_DECIMAL.includes(currency)) return 10;
  if (WHOLE_UNITS.includes(currency)) return 100;
  return 1;
}

/** The smallest charge in minor units: Stripe's table, else USD 0.50 at the fixed rate, rounded up to the step. */
export function minimumCharge(currency: string): number {
  const documented = DOCUMENTED_MINIMUMS[currency];
  if (documented !== undefined) return documented;
  const rate = USD_RATES[currency];
  if (rate === undefined) throw new Error(`not a presentment currency: ${currency}`);
  const raw = Math.ceil(0.5 * rate * 10 ** currencyExponent(currency) - 1e-9);
  const step = amountMultiple(currency);
  return Math.ceil(raw / step) * step;
}
