import type { Payment } from '@/lib/generated/prisma/client';
import { serializePayment } from '@/lib/objects/serialize';
import type { EventType } from '@/lib/merchant-webhooks/event-types';
import { recordEvent, type Tx } from '@/lib/merchant-webhooks/record-event';
import { recordSessionEvent } from '@/lib/merchant-webhooks/record-session-event';
import { isPastThreeDSecure } from './payment-state';

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
  if (moved && after.status === 'requires_capture') types.push('payment.authorized');
  if (moved && after.status === 'succeeded' && after.captureMethod === 'manual') types.push('payment.captured');
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
  const { merchantId, collected } = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: change.after.sessionId },
    select: { merchantId: true, collected: true },
  });
  let deliveries = 0;
  const types = paymentEventTypes(change.before, change.after, change.newFailure);
  // Charged (or authorized) after its session expired: refunded (or released) at once, so the merchant must not
  // fulfil it (payment.refunded or payment.canceled follows).
  const afterExpiry: EventType[] = ['payment.succeeded', 'payment.authorized'];
  for (const type of change.paidAfterExpiry ? types.filter((t) => !afterExpiry.includes(t)) : types) {
    deliveries += (
      await recordEvent(tx, { merchantId, type, object: serializePayment({ ...change.after, session: { collected } }) })
    ).deliveries;
  }
  if (change.sessionCompleted)
    deliveries += await recordSessionEvent(tx, change.after.sessionId, 'checkout.session.completed');
  return deliveries;
}
