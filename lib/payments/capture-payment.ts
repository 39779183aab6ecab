import type { Db } from '@/lib/db/create-prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { domainError } from '@/lib/core/domain-error';
import { amountStepProblem } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { publicPaymentStatus } from '@/lib/objects/public-payment-status';
import { capturePaymentIntent } from '@/lib/stripe/capture-payment-intent';
import {
  awaitSettlement,
  checkPaymentId,
  lockMerchantPayment,
  REQUEST_RESEND_MS,
  requestKey,
  sendAuthorizationRequest,
  type AuthorizationRequest,
} from './authorization-requests';

export type CapturePaymentInput = {
  merchantId: string;
  paymentId: string;
  /** Minor units, at most the authorized amount; omitted means all of it. Stripe releases the rest. */
  amountToCapture?: number;
  /** How long to wait for the webhook that settles the capture before answering "pending". */
  settleWaitMs: number;
};

/**
 * Captures all or part of one of the merchant's authorized payments. The request (amount, time) is recorded
 * under the payment's row lock before Stripe is called, with an idempotency key derived from it: a repeat
 * while it is pending sends the same request again, so the card is charged once whatever is retried. The
 * payment becomes `succeeded` only through the verified webhook or the reconciler; this returns the payment
 * as it stands (captured, or still `requires_capture` with the capture pending).
 */
export async function capturePayment(db: Db, input: CapturePaymentInput): Promise<Payment> {
  checkPaymentId(input.paymentId);
  const request = await claimCapture(db, input);
  await sendAuthorizationRequest(db, request.request, () =>
    capturePaymentIntent(request.request.intentId, request.amount, request.request.key),
  );
  return awaitSettlement(db, input.paymentId, input.settleWaitMs);
}

async function claimCapture(
  db: Db,
  input: CapturePaymentInput,
): Promise<{ request: AuthorizationRequest; amount: number }> {
  return db.$transaction(async (tx) => {
    const payment = await lockMerchantPayment(tx, input.merchantId, input.paymentId);
    refuseUncapturable(payment);
    const amount = input.amountToCapture ?? payment.captureRequestedAmount ?? payment.amount;
    checkCaptureAmount(amount, payment);
    const pending = payment.captureRequestedAt;
    if (pending && amount !== payment.captureRequestedAmount) {
      throw domainError(
        'payment_not_capturable',
        `A capture of ${formatAmount(payment.captureRequestedAmount!, payment.currency)} is already under way for this payment; wait for its outcome.`,
        'amount_to_capture',
      );
    }
    const requestedAt =
      pending && pending.getTime() > Date.now() - REQUEST_RESEND_MS
        ? pending
        : (
            await tx.payment.update({
              where: { id: payment.id },
              data: { captureRequestedAmount: amount, captureRequestedAt: new Date() },
            })
          ).captureRequestedAt!;
    return {
      amount,
      request: {
        type: 'capture',
        paymentId: payment.id,
        intentId: payment.stripePaymentIntentId!,
        key: requestKey('capture', payment.id, requestedAt),
      },
    };
  });
}

function refuseUncapturable(payment: Payment): void {
  if (payment.captureMethod !== 'manual') {
    throw domainError(
      'payment_not_capturable',
      'This payment uses capture_method automatic: the card is charged when the customer pays, so there is nothing to capture.',
    );
  }
  if (payment.status === 'succeeded') {
    const captured = formatAmount(payment.amountCaptured ?? payment.amount, payment.currency);
    throw domainError(
      'payment_already_captured',
      `This payment has already been captured (${captured}); it is never captured twice.`,
    );
  }
  if (payment.status === 'canceled') {
    throw domainError(
      'payment_not_capturable',
      'This payment was canceled and its authorization released; it can no longer be captured.',
    );
  }
  if (payment.status !== 'requires_capture' || !payment.stripePaymentIntentId) {
    throw domainError(
      'payment_not_capturable',
      `Only an authorized payment can be captured; this one is ${publicPaymentStatus(payment.status)}.`,
    );
  }
  if (payment.cancelRequestedAt) {
    throw domainError(
      'payment_not_capturable',
      'A cancellation of this authorization is under way; it can no longer be captured.',
    );
  }
}

function checkCaptureAmount(amount: number, payment: Payment): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw domainError(
      'parameter_invalid',
      'amount_to_capture must be a positive whole number of minor units (cents).',
      'amount_to_capture',
    );
  }
  const stepProblem = amountStepProblem(amount, payment.currency);
  if (stepProblem) throw domainError('parameter_invalid', `amount_to_capture ${stepProblem}.`, 'amount_to_capture');
  if (amount > payment.amount) {
    throw domainError(
      'amount_too_large',
      `amount_to_capture (${formatAmount(amount, payment.currency)}) is more than the ${formatAmount(payment.amount, payment.currency)} authorized.`,
      'amount_to_capture',
    );
  }
}
