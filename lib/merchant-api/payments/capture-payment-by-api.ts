import type { Db } from '@/lib/db/create-prisma';
import { capturePayment } from '@/lib/payments/capture-payment';
import { serializePayment } from '@/lib/objects/serialize';
import { ZApiCapturePayment } from '../schemas/capture-schemas';
import { settledResponse, SETTLE_WAIT_MS } from './settled-response';

/** `POST /api/v1/payments/{id}/capture`: 200 with the captured payment, or 202 while the capture awaits Stripe's webhook. */
export async function capturePaymentByApi(db: Db, merchantId: string, paymentId: string, body: unknown) {
  const params = ZApiCapturePayment.parse(body);
  const payment = await capturePayment(db, {
    merchantId,
    paymentId,
    amountToCapture: params.amount_to_capture,
    settleWaitMs: SETTLE_WAIT_MS,
  });
  return settledResponse(serializePayment(payment));
}
