import { logger } from '@/lib/observability/logger';
import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { newId } from '@/lib/ids/new-id';

export type AnomalyKind =
  'foreign_payment_intent' | 'amount_mismatch' | 'paid_after_expiry' | 'authorized_after_expiry';

/**
 * Records, once per payment, kind and Stripe object, something Stripe reported that must not move the payment:
 * an anomaly row, a timeline entry (`source: anomaly`, the status unchanged), the payment's flag for the
 * dashboard, and a log line. Returns false when it was already recorded.
 */
export async function recordAnomaly(
  tx: Tx,
  paymentId: string,
  kind: AnomalyKind,
  stripeObjectId: string,
  detail: string,
): Promise<boolean> {
  const { count } = await tx.paymentAnomaly.createMany({
    data: [{ id: newId('pan'), paymentId, kind, stripeObjectId, detail }],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  const payment = await tx.payment.update({
    where: { id: paymentId },
    data: { anomalyAt: new Date() },
    select: { status: true },
  });
  await tx.paymentEvent.create({
    data: {
      id: newId('pev'),
      paymentId,
      fromStatus: payment.status,
      toStatus: payment.status,
      source: 'anomaly',
      sourceRef: stripeObjectId,
      detail: `${kind}: ${detail}`,
    },
  });
  logger().warn({ paymentId, kind, stripeObjectId, detail }, 'payment anomaly');
  return true;
}
