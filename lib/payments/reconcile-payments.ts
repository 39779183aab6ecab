import type { Db } from '@/lib/db/create-prisma';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { convergePayment } from './converge-payment';
import { PENDING_STATUSES } from './payment-state';
import { snapshotFromIntent } from './snapshot-from-intent';

/**
 * Re-reads from Stripe, server to server, the payments that have waited in a non-final status for
 * longer than `olderThanMs`, and converges them. This is what repairs a lost webhook.
 */
export async function reconcilePayments(db: Db, { olderThanMs, limit = 50 }: { olderThanMs: number; limit?: number }): Promise<number> {
  const stale = await db.payment.findMany({
    where: { status: { in: PENDING_STATUSES }, stripePaymentIntentId: { not: null }, updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    orderBy: { updatedAt: 'asc' },
    take: limit,
  });
  let changed = 0;
  for (const payment of stale) {
    const intent = await retrievePaymentIntent(payment.stripePaymentIntentId!);
    const result = await convergePayment(db, payment.id, snapshotFromIntent(intent, payment.status !== 'processing'), { kind: 'reconciler' });
    if (result.changed) changed++;
  }
  return changed;
}
