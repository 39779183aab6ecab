import type Stripe from 'stripe';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { convergePayment } from '@/lib/payments/converge-payment';
import { publishPaymentUpdate } from '@/lib/payments/payment-bus';
import type { PaymentSource } from '@/lib/payments/payment-state';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { ATTEMPT_IN_FLIGHT_MS } from './claim-payment-attempt';
import { finishAttempt } from './finish-attempt';

export type ResolvedAttempt = { payment: Payment; intent: Stripe.PaymentIntent | null };

/**
 * Learns what Stripe did with an attempt whose answer never came back (a 5xx, a timeout, or a process
 * killed mid-call) by reading the PaymentIntent, converges the payment to it and finishes the attempt.
 * Null while the truth is still unknown: Stripe cannot be read, or the confirm shows no trace yet and the
 * attempt is young enough to still be on its way. Until then the attempt blocks any new charge.
 */
export async function resolveAttempt(
  db: Db,
  paymentId: string,
  attemptId: string,
  source: PaymentSource,
  now = new Date(),
): Promise<ResolvedAttempt | null> {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const attempt = await db.paymentAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  if (!payment.stripePaymentIntentId) {
    await finishAttempt(db, attemptId, 'abandoned'); // stopped before any PaymentIntent was stored: nothing was confirmed
    return { payment, intent: null };
  }
  const intent = await retrievePaymentIntent(payment.stripePaymentIntentId).catch(() => null);
  if (!intent) return null;
  // Back in requires_payment_method with no error: the confirm left no trace (never ran, or has not run yet).
  const untouched = intent.status === 'requires_payment_method' && !intent.last_payment_error;
  if (untouched) {
    if (attempt.createdAt.getTime() > now.getTime() - ATTEMPT_IN_FLIGHT_MS) return null;
    await finishAttempt(db, attemptId, 'not_confirmed');
    const settled = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    publishPaymentUpdate({ paymentId, status: settled.status, errorMessage: settled.lastErrorMessage }); // a waiting page may stop waiting
    return { payment: settled, intent };
  }
  await convergePayment(db, paymentId, snapshotFromIntent(intent, payment.status === 'requires_action'), source);
  await finishAttempt(db, attemptId, intent.status);
  return { payment: await db.payment.findUniqueOrThrow({ where: { id: paymentId } }), intent };
}
