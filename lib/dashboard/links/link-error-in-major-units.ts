import { ZodError } from 'zod';
import { DomainError } from '@/lib/core/domain-error';
import { zodToDomainError } from '@/lib/core/zod-to-domain-error';
import { ApiError, toApiError } from '@/lib/merchant-api/api-error';
import { isSupportedCurrency } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';

const AMOUNT_PARAM = /(^|\.)(unit_amount|minimum|maximum|preset)$/;

/**
 * The payment link API speaks in minor units ("must be at least 50 minor units of usd"); the dashboard's
 * form takes major units, so its messages say "$0.50". Other errors pass through unchanged.
 */
export function linkErrorInMajorUnits(error: unknown, currency: string): unknown {
  const refusal = error instanceof ZodError ? zodToDomainError(error) : error;
  if (!(refusal instanceof DomainError)) return refusal;
  const apiError = toApiError(refusal);
  if (!isSupportedCurrency(currency)) return apiError;
  const money = (minor: string) => formatAmount(Number(minor), currency);
  let message = apiError.message.replace(/(\d+) minor units(?: of [a-z]{3})?/g, (_, minor: string) => money(minor));
  if (apiError.param && AMOUNT_PARAM.test(apiError.param)) {
    message = message
      .replace(/Too big: expected number to be <=(\d+)/, (_, minor: string) => `must be at most ${minor}`)
      .replace(/\b(at (?:least|most)) (\d+)\b/g, (_, words: string, minor: string) => `${words} ${money(minor)}`);
  }
  return new ApiError(apiError.status, apiError.type, apiError.code, message, apiError.param, apiError.headers);
}
