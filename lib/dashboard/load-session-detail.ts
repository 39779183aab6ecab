import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';

/** Whether `sessionId` is one of the merchant's checkout sessions (the detail layout answers 404 otherwise). */
export async function merchantOwnsSession(db: Db, merchantId: string, sessionId: string): Promise<boolean> {
  if (!isObjectId('checkout_session', sessionId)) return false;
  return (await db.checkoutSession.findFirst({ where: { id: sessionId, merchantId }, select: { id: true } })) !== null;
}

/** A checkout session with its line items, payment and payment link; null when it is not the merchant's. */
export async function loadSessionDetail(db: Db, merchantId: string, sessionId: string) {
  if (!isObjectId('checkout_session', sessionId)) return null;
  return db.checkoutSession.findFirst({
    where: { id: sessionId, merchantId },
    include: {
      lineItems: { orderBy: { position: 'asc' } },
      payment: true,
      paymentLink: { select: { id: true, slug: true, active: true } },
      recoveredBy: { select: { id: true } },
    },
  });
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof loadSessionDetail>>>;
