import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { domainError } from '@/lib/core/domain-error';
import { publicPaymentStatus } from '@/lib/objects/public-payment-status';
import { cancelPaymentIntent, type CancellationReason } from '@/lib/stripe/cancel-payment-intent';
import {
  awaitSettlement,
  checkPaymentId,
  lockMerchantPayment,
  REQUEST_RESEND_MS,
  requestKey,
  sendAuthorizationRequest,
  type AuthorizationRequest,
} from './authorization-requests';

export type CancelAuthorizationInput = {
  merchantId: string;
  paymentId: string;
  cancellationReason?: CancellationReason;
  /** How long to wait for the webhook that settles the cancellation before answering "pending". */
  settleWaitMs: number;
};

/**
 * Cancels one of the merchant's authorized payments, releasing the hold on the customer's card. Recorded under
 * the payment's row lock before Stripe is called, with an idempotency key derived from the request; the
 * payment becomes `canceled` only through the verified webhook or the reconciler.
 */
export async function cancelAuthorization(db: Db, input: CancelAuthorizationInput): Promise<Payment> {
  checkPaymentId(input.paymentId);
  const { request, reason } = await claimCancel(db, input);
  await sendAuthorizationRequest(db, request, () => cancelPaymentIntent(request.intentId, request.key, reason));
  return awaitSettlement(db, input.paymentId, input.settleWaitMs);
}

async function claimCancel(
  db: Db,
  input: CancelAuthorizationInput,
): Promise<{ request: AuthorizationRequest; reason: CancellationReason }> {
  return db.$transaction(async (tx) => {
    const payment = await lockMerchantPayment(tx, input.merchantId, input.paymentId);
    refuseUncancelable(payment);
    const pending = payment.cancelRequestedAt;
    const reason = (input.cancellationReason ??
      payment.cancellationReason ??
      'requested_by_customer') as CancellationReason;
    if (pending && reason !== payment.cancellationReason) {
      throw domainError(
        'payment_not_cancelable',
        `A cancellation (${payment.cancellationReason}) is already under way for this payment; wait for its outcome.`,
        'cancellation_reason',
      );
    }
    const requestedAt =
      pending && pending.getTime() > Date.now() - REQUEST_RESEND_MS
        ? pending
        : (
            await tx.payment.update({
              where: { id: payment.id },
              data: { cancelRequestedAt: new Date(), cancellationReason: reason },
            })
          ).cancelRequestedAt!;
    return {
      reason,
      request: {
        type: 'cancel',
        paymentId: payment.id,
        intentId: payment.stripePaymentIntentId!,
        key: requestKey('cancel', payment.id, requestedAt),
      },
    };
  });
}

function refuseUncancelable(payment: Payment): void {
  if (payment.status === 'succeeded') {
    throw domainError(
      'payment_not_cancelable',
      'This payment has been captured; it can no longer be canceled. Refund it instead.',
    );
  }
  if (payment.status === 'canceled') {
    throw domainError('payment_not_cancelable', 'This payment is already canceled.');
  }
  if (payment.status !== 'requires_capture' || !payment.stripePaymentIntentId) {
    throw domainError(
      'payment_not_cancelable',
      `Only an authorized payment can be canceled; this one is ${publicPaymentStatus(payment.status)}. To stop an unpaid checkout, expire its session.`,
    );
  }
  if (payment.captureRequestedAt) {
    throw domainError(
      'payment_not_cancelable',
      'A capture of this payment is under way; it can no longer be canceled. Refund it once captured.',
    );
  }
}
