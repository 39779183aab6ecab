import type { Db } from '@/lib/db/create-prisma';
import { metrics } from '@/lib/observability/metrics';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { isObjectId, printableId } from '@/lib/ids/object-ids';
import { newId } from '@/lib/ids/new-id';
import { domainError, notFound } from '@/lib/core/domain-error';
import { amountStepProblem } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { sendRefund } from './send-refund';
import type { RefundReason } from './refund-reasons';

export type RefundPaymentInput = {
  merchantId: string;
  paymentId: string;
  /** Minor units; omitted means everything that is left. */
  amount?: number;
  reason?: RefundReason | null;
  /** `user:<id>` (dashboard) or `api_key:<id>` (API). */
  requestedBy: string;
};

/**
 * Refunds all or part of one of the merchant's succeeded payments through Stripe (the dashboard and the
 * API both come here). The Refund row is inserted first, under the payment's row lock and counting
 * refunds still on their way to Stripe, so concurrent refunds never add up to more than the amount; then
 * `sendRefund` calls Stripe with an idempotency key derived from the refund's id. A refund whose outcome is
 * unknown is answered `pending` (the reconciler and Stripe's refund webhooks settle it); a refund Stripe
 * refused is answered as an error and holds nothing back.
 */
export async function refundPayment(db: Db, input: RefundPaymentInput): Promise<{ refund: Refund; payment: Payment }> {
  const { refund, paymentIntentId } = await claimRefund(db, input);
  const sent = await sendRefund(db, refund, paymentIntentId);
  metrics().refunds.inc({ status: sent.refund.status, currency: sent.refund.currency });
  if (sent.refund.status === 'failed') {
    throw domainError(
      'refund_failed',
      `The payment processor did not make the refund: ${sent.refund.failureReason} Nothing was refunded; you can try again.`,
    );
  }
  return sent;
}

/** Checks the payment and what is left to refund, and inserts the pending Refund row, in one locked transaction. */
async function claimRefund(db: Db, input: RefundPaymentInput): Promise<{ refund: Refund; paymentIntentId: string }> {
  if (!isObjectId('payment', input.paymentId)) throw notFound('payment', printableId(input.paymentId));
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM payments WHERE id = ${input.paymentId} AND merchant_id = ${input.merchantId} FOR UPDATE`;
    const payment = await tx.payment.findFirst({ where: { id: input.paymentId, merchantId: input.merchantId } });
    if (!payment) throw notFound('payment', input.paymentId);
    if (payment.status === 'succeeded' && payment.amount === 0)
      throw domainError(
        'payment_not_refundable',
        'Nothing was charged for this payment (its discount covered the whole order), so there is nothing to refund.',
      );
    if (payment.status !== 'succeeded' || !payment.stripePaymentIntentId) {
      throw domainError(
        'payment_not_refundable',
        `Only a succeeded payment can be refunded; this one is ${payment.status}.`,
      );
    }
    const inFlight = await tx.refund.aggregate({
      where: { paymentId: payment.id, status: 'pending', stripeRefundId: null },
      _sum: { amount: true },
    });
    // Only what was captured can be refunded: a partial capture released the rest of the authorization.
    const captured = payment.amountCaptured ?? payment.amount;
    const left = captured - payment.amountRefunded - (inFlight._sum.amount ?? 0);
    if (left <= 0) {
      throw domainError(
        'payment_not_refundable',
        payment.amountRefunded >= captured
          ? 'This payment has already been fully refunded.'
          : 'The rest of this payment is already being refunded.',
      );
    }
    const amount = input.amount ?? left;
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      throw domainError(
        'parameter_invalid',
        'The refund amount must be a positive whole number of minor units (cents).',
        'amount',
      );
    }
    const stepProblem = amountStepProblem(amount, payment.currency);
    if (stepProblem) throw domainError('parameter_invalid', `The refund amount ${stepProblem}.`, 'amount');
    if (amount > left) {
      throw domainError(
        'amount_too_large',
        `The refund of ${formatAmount(amount, payment.currency)} is more than the ${formatAmount(left, payment.currency)} left to refund on this payment.`,
        'amount',
      );
    }
    const refund = await tx.refund.create({
      data: {
        id: newId('rfd'),
        merchantId: payment.merchantId,
        paymentId: payment.id,
        amount,
        currency: payment.currency,
        reason: input.reason ?? null,
        requestedBy: input.requestedBy,
      },
    });
    return { refund, paymentIntentId: payment.stripePaymentIntentId };
  });
}
