import type { Db } from '@/lib/db/create-prisma';
import { refundPayment } from '@/lib/payments/refund-payment';
import { ZApiCreateRefund } from '../schemas/refund-schemas';
import { serializeRefund } from '@/lib/objects/serialize';

/** `POST /api/v1/payments/{id}/refunds`: validates the body, then refunds through the one refund path. */
export async function createRefundByApi(
  db: Db,
  ctx: { merchantId: string; apiKeyId: string; paymentId: string },
  body: unknown,
) {
  const params = ZApiCreateRefund.parse(body);
  const { refund } = await refundPayment(db, {
    merchantId: ctx.merchantId,
    paymentId: ctx.paymentId,
    amount: params.amount,
    reason: params.reason ?? null,
    requestedBy: `api_key:${ctx.apiKeyId}`,
  });
  return serializeRefund(refund);
}
