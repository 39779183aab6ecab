import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';

/** Whether `paymentId` is one of the merchant's payments (the detail layout answers 404 otherwise). */
export async function merchantOwnsPayment(db: Db, merchantId: string, paymentId: string): Promise<boolean> {
  if (!isObjectId('payment', paymentId)) return false;
  return (await db.payment.findFirst({ where: { id: paymentId, merchantId }, select: { id: true } })) !== null;
}

/**
 * Everything the payment page shows: the payment with its session, line items and link, timeline and
 * refunds; the Stripe events received for it; and the merchant events about it or its session with
 * their webhook deliveries and every attempt. Null when the payment is not the merchant's.
 */
export async function loadPaymentDetail(db: Db, merchantId: string, paymentId: string) {
  if (!isObjectId('payment', paymentId)) return null;
  const payment = await db.payment.findFirst({
    where: { id: paymentId, merchantId },
    include: {
      session: {
        include: {
          lineItems: { orderBy: { position: 'asc' } },
          paymentLink: { select: { id: true, slug: true } },
          promotionCode: { select: { id: true, code: true } },
        },
      },
      timeline: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      refunds: { orderBy: { createdAt: 'desc' } },
      anomalies: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!payment) return null;
  const [stripeEvents, merchantEvents] = await Promise.all([
    db.stripeEvent.findMany({ where: { paymentId: payment.id }, orderBy: { receivedAt: 'asc' } }),
    db.merchantEvent.findMany({
      where: { merchantId, objectId: { in: [payment.id, payment.sessionId] } },
      orderBy: { sequence: 'asc' },
      select: {
        id: true,
        type: true,
        createdAt: true,
        deliveries: {
          orderBy: { createdAt: 'asc' },
          include: {
            endpoint: { select: { id: true, url: true, deletedAt: true } },
            attempts: { orderBy: { attemptedAt: 'asc' } },
          },
        },
      },
    }),
  ]);
  return { payment, stripeEvents, merchantEvents };
}

export type PaymentDetail = NonNullable<Awaited<ReturnType<typeof loadPaymentDetail>>>;
