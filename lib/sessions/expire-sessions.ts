import type { Db } from '@/lib/db/create-prisma';
import { expireSession } from './expire-session';

/**
 * Marks open sessions past their expiry as expired and cancels their PaymentIntents that can still be
 * canceled. A payment Stripe is already processing is left to finish: it may still succeed.
 */
export async function expireSessions(db: Db, now = new Date(), limit = 100): Promise<number> {
  const due = await db.checkoutSession.findMany({
    where: { status: 'open', expiresAt: { lte: now } },
    select: { id: true },
    take: limit,
  });
  let expired = 0;
  for (const session of due) {
    if ((await expireSession(db, session.id, now)) === 'expired') expired++;
  }
  return expired;
}
