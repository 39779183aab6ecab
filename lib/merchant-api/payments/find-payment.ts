import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '../api-error';

/** One of the merchant's payments with its timeline, refunds and anomalies; another merchant's id is a 404. */
export async function findPayment(db: Db, merchantId: string, id: string) {
  const payment = await db.payment.findFirst({
    where: { id, merchantId },
    include: {
      timeline: { orderBy: { createdAt: 'asc' } },
      refunds: { orderBy: { createdAt: 'asc' } },
      anomalies: { orderBy: { createdAt: 'asc' } },
      session: { select: { collected: true } },
    },
  });
  if (!payment) throw notFound('payment', id);
  return payment;
}
