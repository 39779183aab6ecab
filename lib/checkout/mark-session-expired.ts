import type { Db } from '@/lib/db/create-prisma';
import { announceDeliveriesQueued } from '@/lib/webhooks/deliveries-queued';
import { recordSessionEvent } from '@/lib/webhooks/record-payment-events';

/**
 * Moves an open session to expired and records checkout.session.expired in the same transaction.
 * False when the session was no longer open (someone else expired or completed it first).
 */
export async function markSessionExpired(db: Db, sessionId: string, now = new Date()): Promise<boolean> {
  const deliveries = await db.$transaction(async (tx) => {
    const { count } = await tx.checkoutSession.updateMany({ where: { id: sessionId, status: 'open' }, data: { status: 'expired', expiredAt: now } });
    return count === 0 ? null : recordSessionEvent(tx, sessionId, 'checkout.session.expired');
  });
  if (deliveries) announceDeliveriesQueued();
  return deliveries !== null;
}
