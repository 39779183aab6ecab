import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/** Cancels a PaymentIntent that can no longer be paid (for example, its checkout session expired). */
export function cancelPaymentIntent(paymentIntentId: string, idempotencyKey: string): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.cancel(paymentIntentId, { cancellation_reason: 'abandoned' }, { idempotencyKey });
}
