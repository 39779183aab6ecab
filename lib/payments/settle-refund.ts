import type { Db } from '@/lib/db/create-prisma';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { apiError } from '@/lib/merchant-api/api-error';
import { serializePayment } from '@/lib/merchant-api/serialize';
import type { Stripe } from '@/lib/stripe/stripe-client';
import { announceDeliveriesQueued } from '@/lib/webhooks/deliveries-queued';
import { recordEvent } from '@/lib/webhooks/record-event';

/**
 * Stores Stripe's answer to a refund in one transaction with the payment locked: the refund gets its
 * Stripe id and status, the payment's `amountRefunded` grows by the refund, and `payment.refunded` is
 * recorded (with its webhook deliveries) carrying the payment and all its refunds. A refund Stripe
 * reports as failed or canceled is marked failed and changes nothing else.
 */
export async function settleRefund(db: Db, refundId: string, stripeRefund: Stripe.Refund): Promise<{ refund: Refund; payment: Payment }> {
  const failed = stripeRefund.status === 'failed' || stripeRefund.status === 'canceled';
  const result = await db.$transaction(async (tx) => {
    const { paymentId } = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { paymentId: true } });
    await tx.$executeRaw`SELECT 1 FROM payments WHERE id = ${paymentId} FOR UPDATE`;
    const refund = await tx.refund.update({
      where: { id: refundId },
      data: {
        stripeRefundId: stripeRefund.id,
        status: failed ? 'failed' : stripeRefund.status === 'succeeded' ? 'succeeded' : 'pending',
        failureReason: failed ? (stripeRefund.failure_reason ?? 'The payment processor could not make the refund.') : null,
      },
    });
    if (failed) return { refund, payment: await tx.payment.findUniqueOrThrow({ where: { id: paymentId } }), deliveries: 0 };
    const payment = await tx.payment.update({
      where: { id: paymentId },
      data: { amountRefunded: { increment: refund.amount } },
      include: { refunds: { orderBy: { createdAt: 'asc' } } },
    });
    const { deliveries } = await recordEvent(tx, { merchantId: payment.merchantId, type: 'payment.refunded', object: serializePayment(payment) });
    return { refund, payment, deliveries };
  });
  if (failed) throw apiError('refund_failed', `The payment processor did not make the refund: ${result.refund.failureReason} Nothing was refunded.`);
  if (result.deliveries) announceDeliveriesQueued();
  return { refund: result.refund, payment: result.payment };
}
