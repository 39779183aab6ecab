import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { isReusable } from '@/lib/payments/payment-state';
import { announceDeliveriesQueued } from '@/lib/merchant-webhooks/deliveries-queued';
import { recordSessionEvent } from '@/lib/merchant-webhooks/record-session-event';
import { recoveryAtExpiry } from '@/lib/recovery/recovery-at-expiry';
import { cancelAbandonedPayment } from './cancel-abandoned-payment';
import { releaseRedemption } from '@/lib/discounts/settle-redemption';

export type ExpireOutcome = 'expired' | 'not_open' | 'payment_in_progress';

/** True when the session's payment (if any) can still be canceled, i.e. Stripe is not already processing it. */
export function canExpire(payment: Pick<Payment, 'status'> | null): boolean {
  return !payment || isReusable(payment.status);
}

/**
 * Expires one open session and then cancels its PaymentIntent. The decision is taken under the session's
 * row lock, the same lock a payment start takes, so no attempt can start once the session is expired. A
 * payment Stripe is already processing is left to finish (the session stays open). A confirm that was
 * already on its way may still charge: convergePayment then keeps the session expired and refunds it.
 * A session with recovery enabled and a known customer email gets its recovery URL in the same update,
 * so the checkout.session.expired event carries it.
 * Used by the expiry job and by the merchant API's expire endpoint.
 */
export async function expireSession(db: Db, sessionId: string, now = new Date()): Promise<ExpireOutcome> {
  const decided = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({ where: { id: sessionId }, include: { payment: true } });
    if (!session || session.status !== 'open') return { outcome: 'not_open' as const };
    if (!canExpire(session.payment)) return { outcome: 'payment_in_progress' as const };
    await tx.checkoutSession.update({
      where: { id: sessionId },
      data: { status: 'expired', expiredAt: now, ...recoveryAtExpiry(session, now) },
    });
    await releaseRedemption(tx, sessionId);
    const deliveries = await recordSessionEvent(tx, sessionId, 'checkout.session.expired');
    return { outcome: 'expired' as const, payment: session.payment, deliveries };
  });
  if (decided.outcome !== 'expired') return decided.outcome;
  if (decided.deliveries) announceDeliveriesQueued();
  if (decided.payment?.stripePaymentIntentId) await cancelAbandonedPayment(db, decided.payment);
  return 'expired';
}
