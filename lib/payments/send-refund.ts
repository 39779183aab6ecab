import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { createRefund } from '@/lib/stripe/create-refund';
import { describeStripeError, isOutcomeUnknown } from '@/lib/stripe/stripe-errors';
import { listRefunds } from '@/lib/stripe/list-refunds';
import { applyStripeRefunds } from './apply-stripe-refunds';
import type { RefundReason } from './refund-reasons';

export type SentRefund = { refund: Refund; payment: Payment };

/**
 * Sends one claimed (pending) refund to Stripe with the idempotency key `refund-<id>`, so sending it again
 * (a retry, the reconciler) can never refund twice. Stripe's answer is applied by `applyStripeRefunds`.
 * When the outcome is unknown (5xx, timeout, connection lost) the refund is looked up at Stripe by its
 * metadata; when it is not there (yet) it stays `pending` for the reconciler: it is never marked failed
 * on a guess. Only a definite refusal marks it failed.
 */
export async function sendRefund(db: Db, refund: Refund, paymentIntentId: string): Promise<SentRefund> {
  try {
    const stripeRefund = await createRefund(
      {
        paymentIntentId,
        amount: refund.amount,
        reason: (refund.reason ?? undefined) as RefundReason | undefined,
        metadata: { tillpoint_refund_id: refund.id, tillpoint_payment_id: refund.paymentId },
      },
      `refund-${refund.id}`,
    );
    return pick(await applyStripeRefunds(db, refund.paymentId, [stripeRefund]), refund.id);
  } catch (error) {
    if (isOutcomeUnknown(error)) {
      logger().warn(
        { refundId: refund.id, paymentId: refund.paymentId, err: describeStripeError(error) },
        'refund outcome unknown; left pending for the reconciler',
      );
      const known = await listRefunds(paymentIntentId).catch(() => null);
      const applied = known ? await applyStripeRefunds(db, refund.paymentId, known) : null;
      if (applied) return pick(applied, refund.id);
      return { refund, payment: await db.payment.findUniqueOrThrow({ where: { id: refund.paymentId } }) };
    }
    const reason = describeStripeError(error);
    const failed = await db.refund.update({
      where: { id: refund.id },
      data: { status: 'failed', failureReason: (error as Error).message || reason },
    });
    return { refund: failed, payment: await db.payment.findUniqueOrThrow({ where: { id: refund.paymentId } }) };
  }
}

function pick(applied: { payment: Payment; refunds: Refund[] }, refundId: string): SentRefund {
  return { refund: applied.refunds.find((refund) => refund.id === refundId)!, payment: applied.payment };
}
