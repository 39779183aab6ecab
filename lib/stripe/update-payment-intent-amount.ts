import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/**
 * Sets an unconfirmed PaymentIntent's amount (Stripe refuses it once the PaymentIntent is processing, captured,
 * succeeded or canceled: 400 `payment_intent_unexpected_state`). Changing the amount can never charge, so a lost
 * answer is settled by reading the PaymentIntent back before any confirm.
 */
export function updatePaymentIntentAmount(
  paymentIntentId: string,
  amount: number,
  idempotencyKey: string,
): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.update(paymentIntentId, { amount }, { idempotencyKey });
}
