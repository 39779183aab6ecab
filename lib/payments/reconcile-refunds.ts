import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import { sendRefund } from './send-refund';
import { syncRefunds } from './sync-refunds';

/**
 * Settles refunds still `pending` after `olderThanMs`: the payment's refunds are re-read from Stripe
 * (which settles those Stripe made, even behind a lost answer or a crash), and a refund Stripe still does
 * not know is sent again with its own idempotency key, so it is made once at most. Returns how many
 * refunds it looked at.
 */
export async function reconcileRefunds(
  db: Db,
  { olderThanMs, limit = 50 }: { olderThanMs: number; limit?: number },
): Promise<number> {
  const stale = await db.refund.findMany({
    where: { status: 'pending', updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    orderBy: { updatedAt: 'asc' },
    take: limit,
    select: { paymentId: true },
  });
  const paymentIds = [...new Set(stale.map((refund) => refund.paymentId))];
  for (const paymentId of paymentIds) {
    try {
      const synced = await syncRefunds(db, paymentId);
      for (const refund of synced?.refunds ?? []) {
        if (refund.status === 'pending' && refund.stripeRefundId === null)
          await sendRefund(db, refund, synced!.payment.stripePaymentIntentId!);
      }
      // Touch what is still pending so the next round starts with other payments.
      await db.refund.updateMany({ where: { paymentId, status: 'pending' }, data: { updatedAt: new Date() } });
    } catch (error) {
      logger().error({ paymentId, err: describeStripeError(error) }, 'reconciling refunds failed');
    }
  }
  return stale.length;
}
