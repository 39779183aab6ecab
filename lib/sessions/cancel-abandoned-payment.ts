import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { cancelPaymentIntent } from '@/lib/stripe/cancel-payment-intent';
import { describeStripeError } from '@/lib/stripe/stripe-errors';

/**
 * Cancels the PaymentIntent of a payment whose session expired. When Stripe refuses (the PaymentIntent
 * moved on meanwhile) or the answer is lost, nothing is guessed: the webhooks and the reconciler bring the
 * truth, and a charge made after the expiry is refunded by convergePayment.
 */
export async function cancelAbandonedPayment(
  db: Db,
  payment: Pick<Payment, 'id' | 'status' | 'stripePaymentIntentId'>,
): Promise<void> {
  if (!payment.stripePaymentIntentId) return;
  try {
    const intent = await cancelPaymentIntent(payment.stripePaymentIntentId, `${payment.id}-expire`);
    const snapshot = snapshotFromIntent(intent);
    if (payment.status === 'requires_action') snapshot.threeDSecureFailure = 'three_d_secure_timeout';
    await convergePayment(db, payment.id, snapshot, { kind: 'expiry' });
  } catch (error) {
    logger().warn(
      { paymentId: payment.id, err: describeStripeError(error) },
      'expiry: canceling the PaymentIntent did not happen',
    );
  }
}
