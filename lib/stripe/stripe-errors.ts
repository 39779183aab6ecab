import 'server-only';
import Stripe from 'stripe';

/** The PaymentIntent embedded in a card error (402), already back in `requires_payment_method`. */
export function paymentIntentFromCardError(error: unknown): Stripe.PaymentIntent | null {
  if (error instanceof Stripe.errors.StripeCardError) return (error.payment_intent as Stripe.PaymentIntent | undefined) ?? null;
  return null;
}

/** A request error that says the PaymentIntent is not in a state for this call. */
export function isUnexpectedStateError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state';
}

export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError;
}

/** An error after which Stripe may or may not have done the work (server error, timeout, lost connection). */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeAPIError || error instanceof Stripe.errors.StripeConnectionError;
}
