import 'server-only';
import type Stripe from 'stripe';

/**
 * What an error from the Stripe SDK says, read from its data (`statusCode`, `rawType`, `type`, `code`), never
 * by `instanceof`: a server build may hold more than one copy of the SDK, and an error made by one copy is not
 * an instance of another copy's classes.
 */
type StripeErrorData = {
  type: string;
  rawType?: string;
  statusCode?: number;
  code?: string;
  message: string;
  payment_intent?: unknown;
};

function errorData(error: unknown): StripeErrorData | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, message } = error as { type?: unknown; message?: unknown };
  if (typeof type !== 'string' || !type.startsWith('Stripe') || typeof message !== 'string') return null;
  return error as StripeErrorData;
}

/** Any error the Stripe SDK raised (an API answer or a failure to get one). */
export function isStripeError(error: unknown): error is Error & StripeErrorData {
  return errorData(error) !== null;
}

/** A card error (402): the card was refused; the PaymentIntent is back in `requires_payment_method`. */
export function isCardError(error: unknown): boolean {
  const data = errorData(error);
  return data !== null && (data.statusCode === 402 || data.rawType === 'card_error');
}

/** The PaymentIntent embedded in a card error (402), already back in `requires_payment_method`. */
export function paymentIntentFromCardError(error: unknown): Stripe.PaymentIntent | null {
  if (!isCardError(error)) return null;
  const intent = (error as StripeErrorData).payment_intent;
  return typeof intent === 'object' && intent !== null ? (intent as Stripe.PaymentIntent) : null;
}

/** A request error that says the PaymentIntent is not in a state for this call. */
export function isUnexpectedStateError(error: unknown): boolean {
  const data = errorData(error);
  return data !== null && data.statusCode === 400 && data.code === 'payment_intent_unexpected_state';
}

/**
 * An error after which Stripe may or may not have done the work: a server error (5xx), no answer at all
 * (timeout, connection reset: the SDK's connection error has no status), or the same idempotency key still
 * running (409). The truth must be read back from Stripe before anything else is charged or refunded.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  const data = errorData(error);
  if (!data) return true; // not an answer from Stripe at all (a bug, a crash mid-call): nothing is known
  if (data.statusCode === undefined) return true;
  return data.statusCode >= 500 || data.statusCode === 409;
}

/** Stripe answered with a server error (5xx), which it may have stored under the idempotency key. */
export function isServerError(error: unknown): boolean {
  return (errorData(error)?.statusCode ?? 0) >= 500;
}

/** One line for logs: type, code and message (Stripe's messages never contain card numbers or keys). */
export function describeStripeError(error: unknown): string {
  const data = errorData(error);
  if (!data) return error instanceof Error ? error.message : String(error);
  return [data.type, data.statusCode, data.code, data.message]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}
