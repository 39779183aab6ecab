import type { Db } from '@/lib/db/create-prisma';
import { looksLikeId } from '@/lib/ids/looks-like-id';
import { notFound } from '../api-error';
import { pageArgs, toList } from '../pagination';
import { ZApiListRefunds } from '../schemas/refund-schemas';
import { serializeRefund } from '../serialize';

/** The refunds of one of the merchant's payments, newest first (failed ones included, with their reason). */
export async function listRefunds(db: Db, merchantId: string, paymentId: string, query: unknown) {
  const params = ZApiListRefunds.parse(query);
  if (!looksLikeId(paymentId)) throw notFound('payment', paymentId.replaceAll('\u0000', ''));
  const payment = await db.payment.findFirst({ where: { id: paymentId, merchantId }, select: { id: true } });
  if (!payment) throw notFound('payment', paymentId);
  const rows = await db.refund.findMany({ where: { paymentId: payment.id }, ...pageArgs(params) });
  return toList(rows, params, `/api/v1/payments/${payment.id}/refunds`, serializeRefund);
}
