import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/**
 * Captures `amountToCapture` of an authorized (`requires_capture`) PaymentIntent; Stripe releases the rest.
 * A PaymentIntent is captured at most once, and the idempotency key names the capture request, so sending the
 * same request again after a lost answer replays Stripe's first answer instead of capturing again.
 */
export function capturePaymentIntent(
  paymentIntentId: string,
  amountToCapture: number,
  idempotencyKey: string,
): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.capture(paymentIntentId, { amount_to_capture: amountToCapture }, { idempotencyKey });
}
