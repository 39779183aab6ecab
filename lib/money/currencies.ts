/**
 * Currencies Tillpoint accepts and how Stripe takes amounts in them. The rules are the Stripe sandbox's
 * exported data (`sandbox/src/currency-rules.ts`), so the API, payment links and the sandbox that tests
 * them refuse the same amounts (KWD 12.345, HUF 12.34) the way Stripe does.
 */
import {
  amountStep,
  amountStepProblem,
  CURRENCIES,
  currencyDecimals,
  isCurrency,
  MAXIMUM_AMOUNT,
  minimumChargeAmount,
} from '@/sandbox/src/currency-rules';

export const SUPPORTED_CURRENCIES = CURRENCIES;

/** Largest amount Stripe accepts for a card payment, in minor units. */
export const MAX_AMOUNT = MAXIMUM_AMOUNT;

export { amountStep, amountStepProblem };

export function isSupportedCurrency(code: string): boolean {
  return isCurrency(code);
}

export function minorUnitDigits(currency: string): number {
  return currencyDecimals(currency);
}

export function minimumAmount(currency: string): number {
  return minimumChargeAmount(currency);
}
