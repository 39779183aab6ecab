import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '../api-error';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZApiListRefunds } from '../schemas/refund-schemas';
import { serializeRefund } from '@/lib/objects/serialize';

/** The refunds of one of the merchant's payments (the route has checked the id's shape), newest first (failed ones included, with their reason). */
export async function listRefunds(db: Db, merchantId: string, paymentId: string, query: unknown) {
  const params = ZApiListRefunds.parse(query);
  const payment = await db.payment.findFirst({ where: { id: paymentId, merchantId }, select: { id: true } });
  if (!payment) throw notFound('payment', paymentId);
  await checkCursors(params, 'refund', (id) =>
    db.refund.findFirst({ where: { id, paymentId: payment.id }, select: { id: true } }),
  );
  const rows = await db.refund.findMany({ where: { paymentId: payment.id }, ...pageArgs(params) });
  return toList(rows, params, `/api/v1/payments/${payment.id}/refunds`, serializeRefund);
}
