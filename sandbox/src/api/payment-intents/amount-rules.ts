import { invalidRequest } from '../../http/api-error.js';

/** Currencies the sandbox accepts (a common subset of Stripe's), lowercase ISO 4217. */
const CURRENCIES = new Set(
  'usd eur gbp cad aud nzd chf sek nok dkk pln czk huf ron bgn jpy sgd hkd mxn brl inr myr thb aed ils zar krw twd php idr'.split(' '),
);
const ZERO_DECIMAL = new Set(['jpy', 'krw']);
/** Minimum charge amounts in minor units (Stripe's table; 50 when not listed). */
const MINIMUMS: Record<string, number> = {
  gbp: 30, hkd: 400, mxn: 1000, dkk: 250, nok: 300, sek: 300, czk: 1500, huf: 17500,
  pln: 200, ron: 200, bgn: 100, jpy: 50, inr: 50, aed: 200, thb: 1000, myr: 200,
};
const MAXIMUM = 99_999_999;

export function readCurrency(value: string, param = 'currency'): string {
  const currency = value.toLowerCase();
  if (!CURRENCIES.has(currency)) {
    throw invalidRequest(`Invalid currency: ${value}. The sandbox supports: ${[...CURRENCIES].join(', ')}.`, { param });
  }
  return currency;
}

function format(amount: number, currency: string): string {
  const major = ZERO_DECIMAL.has(currency) ? amount : amount / 100;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(major);
}

/** Integer minor units between the currency's minimum and 99,999,999 (`amount_too_small/large`). */
export function checkAmount(amount: number, currency: string, param = 'amount'): number {
  const min = MINIMUMS[currency] ?? 50;
  if (amount < min) {
    throw invalidRequest(`Amount must be at least ${format(min, currency)} ${currency}`, { code: 'amount_too_small', param });
  }
  if (amount > MAXIMUM) {
    throw invalidRequest(`Amount must be no more than ${format(MAXIMUM, currency)} ${currency}`, { code: 'amount_too_large', param });
  }
  return amount;
}

export function readUrl(value: string, param: string): string {
  try {
    new URL(value);
  } catch {
    throw invalidRequest(`Invalid URL: ${value}`, { code: 'url_invalid', param });
  }
  return value;
}

export function readEmail(value: string, param: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw invalidRequest(`Invalid email address: ${value}`, { code: 'email_invalid', param });
  }
  return value;
}
