import type { Db } from '@/lib/db/create-prisma';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { cancelPaymentIntent } from '@/lib/stripe/cancel-payment-intent';
import { isUnexpectedStateError } from '@/lib/stripe/stripe-errors';

const CANCELABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'] as const;

/**
 * Marks open sessions past their expiry as expired and cancels their PaymentIntents that can still be
 * canceled. A payment Stripe is already processing is left to finish: it may still succeed.
 */
export async function expireSessions(db: Db, now = new Date(), limit = 100): Promise<number> {
  const due = await db.checkoutSession.findMany({
    where: { status: 'open', expiresAt: { lte: now } },
    include: { payment: true },
    take: limit,
  });
  let expired = 0;
  for (const session of due) {
    const payment = session.payment;
    if (payment && !CANCELABLE.includes(payment.status as (typeof CANCELABLE)[number])) continue;
    const { count } = await db.checkoutSession.updateMany({ where: { id: session.id, status: 'open' }, data: { status: 'expired', expiredAt: now } });
    if (count === 0) continue;
    expired++;
    if (!payment?.stripePaymentIntentId) continue;
    try {
      const intent = await cancelPaymentIntent(payment.stripePaymentIntentId, `${payment.id}-expire`);
      const snapshot = snapshotFromIntent(intent);
      if (payment.status === 'requires_action') snapshot.threeDSecureFailure = 'three_d_secure_timeout';
      await convergePayment(db, payment.id, snapshot, { kind: 'expiry' });
    } catch (error) {
      if (!isUnexpectedStateError(error)) throw error; // it moved on meanwhile; webhooks will tell
    }
  }
  return expired;
}
