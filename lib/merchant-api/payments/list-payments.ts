import type { Db } from '@/lib/db/create-prisma';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZApiListPayments } from '../schemas/payment-schemas';
import { serializePayment } from '@/lib/objects/serialize';
import { storedPaymentStatus } from '@/lib/objects/public-payment-status';

/** The merchant's payments, newest first, optionally by status or checkout session. */
export async function listPayments(db: Db, merchantId: string, query: unknown) {
  const params = ZApiListPayments.parse(query);
  await checkCursors(params, 'payment', (id) =>
    db.payment.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.payment.findMany({
    where: {
      merchantId,
      ...(params.status && { status: storedPaymentStatus(params.status) }),
      ...(params.checkout_session && { sessionId: params.checkout_session }),
    },
    ...pageArgs(params),
  });
  return toList(rows, params, '/api/v1/payments', (row) => serializePayment(row));
}
