import type Stripe from 'stripe';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { serializePayment } from '@/lib/objects/serialize';
import { announceDeliveriesQueued } from '@/lib/merchant-webhooks/deliveries-queued';
import { recordEvent, type Tx } from '@/lib/merchant-webhooks/record-event';
import { REFUND_REASONS } from './refund-reasons';

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** Tillpoint's three refund statuses from Stripe's five. */
export function refundStatusOf(stripeRefund: Pick<Stripe.Refund, 'status'>): RefundStatus {
  if (stripeRefund.status === 'succeeded') return 'succeeded';
  if (stripeRefund.status === 'failed' || stripeRefund.status === 'canceled') return 'failed';
  return 'pending';
}

/**
 * The one writer of refunds after they are claimed: converges the payment's refund rows to what Stripe
 * reports (`stripeRefunds`, all or some of the PaymentIntent's refunds), found by Stripe id or by
 * `metadata.tillpoint_refund_id`; a refund made at Stripe outside Tillpoint gets a row of its own. Then
 * `amountRefunded` is recomputed as the sum of the refunds Stripe holds as pending or succeeded, and a
 * `payment.refunded` event is recorded when it grew. Idempotent: the same report twice changes nothing.
 */
export async function applyStripeRefunds(
  db: Db,
  paymentId: string,
  stripeRefunds: Stripe.Refund[],
): Promise<{ payment: Payment; refunds: Refund[] }> {
  const result = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM payments WHERE id = ${paymentId} FOR UPDATE`;
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
    for (const stripeRefund of stripeRefunds) await applyOne(tx, payment, stripeRefund);
    const refunds = await tx.refund.findMany({ where: { paymentId }, orderBy: { createdAt: 'asc' } });
    const amountRefunded = refunds
      .filter((refund) => refund.stripeRefundId !== null && refund.status !== 'failed')
      .reduce((sum, refund) => sum + refund.amount, 0);
    if (amountRefunded === payment.amountRefunded) return { payment, refunds, deliveries: 0 };
    const updated = await tx.payment.update({ where: { id: paymentId }, data: { amountRefunded } });
    if (amountRefunded < payment.amountRefunded) return { payment: updated, refunds, deliveries: 0 };
    const object = serializePayment({ ...updated, refunds });
    const { deliveries } = await recordEvent(tx, { merchantId: payment.merchantId, type: 'payment.refunded', object });
    return { payment: updated, refunds, deliveries };
  });
  if (result.deliveries) announceDeliveriesQueued();
  return { payment: result.payment, refunds: result.refunds };
}

async function applyOne(tx: Tx, payment: Payment, stripeRefund: Stripe.Refund): Promise<void> {
  const status = refundStatusOf(stripeRefund);
  const failureReason =
    status === 'failed' ? (stripeRefund.failure_reason ?? 'The payment processor could not make the refund.') : null;
  const ownId = stripeRefund.metadata?.tillpoint_refund_id;
  const row =
    (await tx.refund.findUnique({ where: { stripeRefundId: stripeRefund.id } })) ??
    (ownId ? await tx.refund.findFirst({ where: { id: ownId, paymentId: payment.id, stripeRefundId: null } }) : null);
  if (!row) {
    const reason = REFUND_REASONS.find((known) => known === stripeRefund.reason) ?? null;
    await tx.refund.create({
      data: {
        id: newId('rfd'),
        merchantId: payment.merchantId,
        paymentId: payment.id,
        stripeRefundId: stripeRefund.id,
        amount: stripeRefund.amount,
        currency: payment.currency,
        reason,
        status,
        failureReason,
        requestedBy: 'stripe',
      },
    });
    return;
  }
  if (row.stripeRefundId === stripeRefund.id && row.status === status) return;
  await tx.refund.update({ where: { id: row.id }, data: { stripeRefundId: stripeRefund.id, status, failureReason } });
}
