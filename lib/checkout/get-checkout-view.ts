import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';

/** Everything the hosted page shows, or null for an unknown id. Status is derived with the clock. */
export async function getCheckoutView(db: Db, sessionId: string, now = new Date()) {
  if (!isObjectId('checkout_session', sessionId)) return null;
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    include: { merchant: true, lineItems: { orderBy: { position: 'asc' } }, payment: true },
  });
  if (!session) return null;
  const expired =
    session.status === 'expired' ||
    (session.status === 'open' && session.expiresAt <= now && session.payment?.status !== 'processing');
  const status = session.status === 'complete' ? 'complete' : expired ? 'expired' : 'open';
  return { ...session, status } as const;
}

export type CheckoutView = NonNullable<Awaited<ReturnType<typeof getCheckoutView>>>;
