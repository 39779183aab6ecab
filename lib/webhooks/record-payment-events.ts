import { appEnv } from '@/lib/env/app-env';
import type { Payment } from '@/lib/generated/prisma/client';
import { serializeCheckoutSession, serializePayment } from '@/lib/merchant-api/serialize';
import { isPastThreeDSecure } from '@/lib/payments/payment-state';
import type { EventType } from './event-types';
import { recordEvent, type Tx } from './record-event';

/** The payment.* events one committed change of a payment reports, in the order they happened. */
export function paymentEventTypes(
  before: Payment,
  after: Payment,
  newFailure = after.lastErrorCode !== null &&
    (before.status !== after.status || after.lastErrorCode !== before.lastErrorCode),
): EventType[] {
  const moved = before.status !== after.status;
  const types: EventType[] = [];
  if (before.status === 'requires_action' && isPastThreeDSecure(after.status)) types.push('payment.action_completed');
  if (moved && after.status === 'requires_action') types.push('payment.requires_action');
  if (moved && after.status === 'succeeded') types.push('payment.succeeded');
  if (moved && after.status === 'canceled') types.push('payment.canceled');
  if (after.status === 'requires_payment_method' && newFailure) types.push('payment.failed');
  return types;
}

/**
 * Records, inside convergePayment's transaction, the events of one payment change, and
 * checkout.session.completed when the change completed the session (never payment.succeeded for a payment
 * charged after its session expired, which is refunded at once). Returns the deliveries queued.
 */
export async function recordPaymentEvents(
  tx: Tx,
  change: {
    before: Payment;
    after: Payment;
    sessionCompleted: boolean;
    newFailure: boolean;
    paidAfterExpiry?: boolean;
  },
): Promise<number> {
  const { merchantId } = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: change.after.sessionId },
    select: { merchantId: true },
  });
  let deliveries = 0;
  const types = paymentEventTypes(change.before, change.after, change.newFailure);
  // Charged after its session expired: refunded at once, so the merchant must not fulfil it (payment.refunded follows).
  for (const type of change.paidAfterExpiry ? types.filter((t) => t !== 'payment.succeeded') : types) {
    deliveries += (await recordEvent(tx, { merchantId, type, object: serializePayment(change.after) })).deliveries;
  }
  if (change.sessionCompleted)
    deliveries += await recordSessionEvent(tx, change.after.sessionId, 'checkout.session.completed');
  return deliveries;
}

/** Records a checkout.session.* event carrying the session as it is now in `tx`. */
export async function recordSessionEvent(
  tx: Tx,
  sessionId: string,
  type: 'checkout.session.completed' | 'checkout.session.expired',
): Promise<number> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: { select: { id: true } } },
  });
  const object = serializeCheckoutSession(session, appEnv().TILLPOINT_PUBLIC_URL);
  return (await recordEvent(tx, { merchantId: session.merchantId, type, object })).deliveries;
}
