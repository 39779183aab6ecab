import { invalidRequest } from '../../http/api-error.js';
import {
  amountMultiple,
  currencyExponent,
  isPresentmentCurrency,
  MAXIMUM_AMOUNT,
  minimumCharge,
} from '../../currencies/presentment-currencies.js';

export function readCurrency(value: string, param = 'currency'): string {
  const currency = value.toLowerCase();
  if (!isPresentmentCurrency(currency)) {
    throw invalidRequest(
      `Invalid currency: ${value}. Stripe currently supports these currencies: see https://stripe.com/docs/currencies`,
      { param },
    );
  }
  return currency;
}

/** Why Stripe would refuse `amount` for the currency's step, as the end of a sentence; null when it is fine. */
function amountStepProblem(amount: number, currency: string): string | null {
  const step = amountMultiple(currency);
  if (amount % step === 0) return null;
  const code = currency.toUpperCase();
  return step === 10
    ? `must be a multiple of 10: ${code} amounts have three decimals whose last digit is 0`
    : `must be a multiple of 100: ${code} is charged in whole units only`;
}

function format(amount: number, currency: string): string {
  const digits = currencyExponent(currency);
  const options = {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  } as const;
  return new Intl.NumberFormat('en-US', options).format(amount / 10 ** digits);
}

/**
 * Integer minor units between the currency's minimum and 99,999,999 (`amount_too_small/large`), in the
 * currency's step: three-decimal amounts end in 0, whole-unit currencies take multiples of 100
 * (`invalid_charge_amount`).
 */
export function checkAmount(amount: number, currency: string, param = 'amount'): number {
  const step = amountStepProblem(amount, currency);
  if (step) throw invalidRequest(`Invalid amount: ${step}.`, { code: 'invalid_charge_amount', param });
  const min = minimumCharge(currency);
  if (amount < min) {
    throw invalidRequest(`Amount must be at least ${format(min, currency)} ${currency}`, {
      code: 'amount_too_small',
      param,
    });
  }
  if (amount > MAXIMUM_AMOUNT) {
    throw invalidRequest(`Amount must be no more than ${format(MAXIMUM_AMOUNT, currency)} ${currency}`, {
      code: 'amount_too_large',
      param,
    });
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
