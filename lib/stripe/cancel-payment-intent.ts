import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/** The reasons Stripe accepts on a cancel (`automatic` and the invoice ones are Stripe's own). */
export const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/**
 * Cancels a PaymentIntent that can no longer be paid (for example, its checkout session expired), or an
 * authorization the merchant releases; an authorized card's hold is given back.
 */
export function cancelPaymentIntent(
  paymentIntentId: string,
  idempotencyKey: string,
  reason: CancellationReason = 'abandoned',
): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.cancel(paymentIntentId, { cancellation_reason: reason }, { idempotencyKey });
}
