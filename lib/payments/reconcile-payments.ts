import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import type { Payment } from '@/lib/generated/prisma/client';
import { REQUEST_RESEND_MS } from './authorization-requests';
import { convergePayment } from './converge-payment';
import { snapshotFromIntent } from './snapshot-from-intent';

/** Stripe cancels an authorization that is not captured within 7 days. */
const AUTHORIZATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

/**
 * Re-reads from Stripe, server to server, the payments Stripe has been processing (or capturing, or
 * canceling) for longer than `olderThanMs`, and authorizations older than Stripe keeps them, and converges
 * them. This is what repairs a lost webhook. (Payments waiting on 3DS are
 * the server re-confirm's: lib/checkout/confirm-authenticated-payments.ts.)
 */
export async function reconcilePayments(
  db: Db,
  { olderThanMs, limit = 50 }: { olderThanMs: number; limit?: number },
): Promise<number> {
  const before = new Date(Date.now() - olderThanMs);
  const stale = await db.payment.findMany({
    where: {
      stripePaymentIntentId: { not: null },
      OR: [
        { status: 'processing', updatedAt: { lt: before } },
        // A capture or cancellation whose webhook is late, and an authorization Stripe lets lapse after 7 days.
        { status: 'requires_capture', captureRequestedAt: { lt: before } },
        { status: 'requires_capture', cancelRequestedAt: { lt: before } },
        { status: 'requires_capture', updatedAt: { lt: new Date(Date.now() - AUTHORIZATION_LIFETIME_MS) } },
      ],
    },
    orderBy: { updatedAt: 'asc' },
    take: limit,
  });
  let changed = 0;
  for (const payment of stale) {
    try {
      const intent = await retrievePaymentIntent(payment.stripePaymentIntentId!);
      const result = await convergePayment(db, payment.id, snapshotFromIntent(intent), { kind: 'reconciler' });
      if (result.changed) changed++;
      else if (intent.status === 'requires_capture') await dropUnansweredRequest(db, payment);
    } catch (error) {
      logger().error({ paymentId: payment.id, err: describeStripeError(error) }, 'reconciling payment failed');
    }
  }
  return changed;
}

/**
 * A capture or cancellation Stripe still has not carried out long after it was sent (its answer was lost and
 * Stripe never acted) is dropped, so the merchant may ask again; a new request gets a new idempotency key, and
 * Stripe captures a PaymentIntent at most once.
 */
async function dropUnansweredRequest(db: Db, payment: Payment): Promise<void> {
  const requestedAt = payment.captureRequestedAt ?? payment.cancelRequestedAt;
  if (!requestedAt || requestedAt.getTime() > Date.now() - REQUEST_RESEND_MS) return;
  await db.payment.updateMany({
    where: { id: payment.id, status: 'requires_capture', updatedAt: payment.updatedAt },
    data: { captureRequestedAmount: null, captureRequestedAt: null, cancelRequestedAt: null, cancellationReason: null },
  });
  logger().warn({ paymentId: payment.id }, 'capture or cancellation never carried out by Stripe; request dropped');
}
