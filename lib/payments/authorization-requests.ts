import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { domainError, notFound } from '@/lib/core/domain-error';
import { isObjectId, printableId } from '@/lib/ids/object-ids';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { describeStripeError, isOutcomeUnknown } from '@/lib/stripe/stripe-errors';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * A capture or cancellation request younger than this is sent again with the same idempotency key (so Stripe
 * replays its first answer); an older one that Stripe has still not acted on is replaced by a new request.
 */
export const REQUEST_RESEND_MS = 60_000;

/** PaymentIntent statuses that show Stripe carried out the request (a capture may pass through processing). */
const DONE: Record<'capture' | 'cancel', readonly string[]> = {
  capture: ['succeeded', 'processing'],
  cancel: ['canceled'],
};

export type AuthorizationRequest = { type: 'capture' | 'cancel'; paymentId: string; intentId: string; key: string };

/** Locks one of the merchant's payments for a capture or cancellation; another merchant's id is a 404. */
export async function lockMerchantPayment(tx: Tx, merchantId: string, paymentId: string): Promise<Payment> {
  await tx.$executeRaw`SELECT 1 FROM payments WHERE id = ${paymentId} AND merchant_id = ${merchantId} FOR UPDATE`;
  const payment = await tx.payment.findFirst({ where: { id: paymentId, merchantId } });
  if (!payment) throw notFound('payment', paymentId);
  return payment;
}

export function checkPaymentId(paymentId: string): void {
  if (!isObjectId('payment', paymentId)) throw notFound('payment', printableId(paymentId));
}

/** The idempotency key of one request: the payment and the moment the request was recorded. */
export function requestKey(type: 'capture' | 'cancel', paymentId: string, requestedAt: Date): string {
  return `${paymentId}-${type}-${requestedAt.getTime()}`;
}

/**
 * Sends a recorded request to Stripe. The endpoints never write the outcome: a verified webhook or the
 * reconciler does, after reading the PaymentIntent. When Stripe's answer is lost, or Stripe refuses because the
 * PaymentIntent already moved, the PaymentIntent is read back: if Stripe has acted (or may still be acting),
 * the request stays pending and the caller answers "pending"; only a refusal that left the authorization
 * untouched clears the request and is reported as an error.
 */
export async function sendAuthorizationRequest(
  db: Db,
  request: AuthorizationRequest,
  send: () => Promise<unknown>,
): Promise<void> {
  try {
    await send();
    return;
  } catch (error) {
    const unknown = isOutcomeUnknown(error);
    logger().warn(
      { paymentId: request.paymentId, request: request.type, unknown, err: describeStripeError(error) },
      unknown ? `${request.type} outcome unknown; left pending` : `${request.type} refused by Stripe`,
    );
    const intent = await retrievePaymentIntent(request.intentId).catch(() => null);
    if (intent && DONE[request.type].includes(intent.status)) return;
    if (unknown && (!intent || intent.status === 'requires_capture')) return;
    await clearRequest(db, request);
    const reason = error instanceof Error ? error.message : String(error);
    throw domainError(
      request.type === 'capture' ? 'payment_not_capturable' : 'payment_not_cancelable',
      `The payment processor refused the ${request.type}: ${reason} Nothing changed.`,
    );
  }
}

async function clearRequest(db: Db, request: AuthorizationRequest): Promise<void> {
  await db.payment.updateMany({
    where: { id: request.paymentId, status: 'requires_capture' },
    data:
      request.type === 'capture'
        ? { captureRequestedAmount: null, captureRequestedAt: null }
        : { cancelRequestedAt: null, cancellationReason: null },
  });
}

/**
 * Waits up to `waitMs` for a webhook (or the reconciler) to settle the payment, so that a caller usually sees
 * the captured or canceled payment; returns it as it stands when the time is up.
 */
export async function awaitSettlement(db: Db, paymentId: string, waitMs: number): Promise<Payment> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    if (payment.status !== 'requires_capture' || Date.now() >= deadline) return payment;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
