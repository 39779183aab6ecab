import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '../api-error';

/** One of the merchant's sessions with what its representation needs; another merchant's id is a 404. */
export async function findSession(db: Db, merchantId: string, id: string) {
  const session = await db.checkoutSession.findFirst({
    where: { id, merchantId },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: true },
  });
  if (!session) throw notFound('checkout session', id);
  return session;
}
