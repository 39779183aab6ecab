import { invalidRequest } from '../../http/api-error.js';
import {
  amountStepProblem,
  CURRENCIES,
  currencyDecimals,
  isCurrency,
  MAXIMUM_AMOUNT,
  minimumChargeAmount,
} from '../../currency-rules.js';

export function readCurrency(value: string, param = 'currency'): string {
  const currency = value.toLowerCase();
  if (!isCurrency(currency)) {
    throw invalidRequest(`Invalid currency: ${value}. The sandbox supports: ${CURRENCIES.join(', ')}.`, { param });
  }
  return currency;
}

function format(amount: number, currency: string): string {
  const digits = currencyDecimals(currency);
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
  const min = minimumChargeAmount(currency);
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
