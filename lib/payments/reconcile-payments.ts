import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import { convergePayment } from './converge-payment';
import { snapshotFromIntent } from './snapshot-from-intent';

/**
 * Re-reads from Stripe, server to server, the payments Stripe has been processing for longer than
 * `olderThanMs`, and converges them. This is what repairs a lost webhook. (Payments waiting on 3DS are
 * the server re-confirm's: lib/checkout/confirm-authenticated-payments.ts.)
 */
export async function reconcilePayments(
  db: Db,
  { olderThanMs, limit = 50 }: { olderThanMs: number; limit?: number },
): Promise<number> {
  const stale = await db.payment.findMany({
    where: {
      status: 'processing',
      stripePaymentIntentId: { not: null },
      updatedAt: { lt: new Date(Date.now() - olderThanMs) },
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
    } catch (error) {
      logger().error({ paymentId: payment.id, err: describeStripeError(error) }, 'reconciling payment failed');
    }
  }
  return changed;
}
