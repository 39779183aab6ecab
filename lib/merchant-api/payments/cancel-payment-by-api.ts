import type { Db } from '@/lib/db/create-prisma';
import { cancelAuthorization } from '@/lib/payments/cancel-authorization';
import { serializePayment } from '@/lib/objects/serialize';
import { ZApiCancelPayment } from '../schemas/capture-schemas';
import { settledResponse, SETTLE_WAIT_MS } from './settled-response';

/** `POST /api/v1/payments/{id}/cancel`: 200 with the canceled payment, or 202 while the cancellation awaits Stripe's webhook. */
export async function cancelPaymentByApi(db: Db, merchantId: string, paymentId: string, body: unknown) {
  const params = ZApiCancelPayment.parse(body);
  const payment = await cancelAuthorization(db, {
    merchantId,
    paymentId,
    cancellationReason: params.cancellation_reason,
    settleWaitMs: SETTLE_WAIT_MS,
  });
  return settledResponse(serializePayment(payment));
}
