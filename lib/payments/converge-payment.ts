import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { recordLinkCompletion } from '@/lib/payments/record-link-completion';
import { countRedemption, releaseRedemption } from '@/lib/discounts/settle-redemption';
import { announceDeliveriesQueued } from '@/lib/merchant-webhooks/deliveries-queued';
import { recordPaymentEvents } from '@/lib/payments/record-payment-events';
import { countPaymentChange } from '@/lib/observability/count-payment-change';
import { publishPaymentUpdate } from './payment-bus';
import { awaitsCustomer, describeSource, nextStatus, type PaymentSource, type PaymentStatus } from './payment-state';
import { recordAnomaly } from './record-anomaly';
import { sendRefund } from './send-refund';
import { cancelPaymentIntent } from '@/lib/stripe/cancel-payment-intent';
import type { PaymentSnapshot } from './snapshot-from-intent';

export type ConvergeResult = { paymentId: string; from: PaymentStatus; to: PaymentStatus; changed: boolean };

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * The only function that writes a payment's status. Applies what `source` observed of the
 * PaymentIntent through the state machine, records the change in the timeline, completes the checkout
 * session on success (and counts it on its payment link), records the merchant events (and their webhook deliveries) in the same
 * transaction, and pushes the committed result to waiting pages. Idempotent and convergent:
 * applying the same or an older observation again changes nothing. `extra` runs in the same
 * transaction (for example recording the Stripe event id).
 */
export async function convergePayment(
  db: Db,
  paymentId: string,
  snapshot: PaymentSnapshot,
  source: PaymentSource,
  extra?: (tx: Tx) => Promise<unknown>,
): Promise<ConvergeResult> {
  const result = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM payments WHERE id = ${paymentId} FOR UPDATE`;
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
    if (source.kind === 'no_charge' && payment.amount !== 0)
      throw new Error(`payment ${paymentId} has an amount to charge: only Stripe can declare it paid`);
    await extra?.(tx);
    const to = nextStatus(payment.status, snapshot.status, source);
    const failed = to === 'requires_payment_method' || to === 'canceled';
    const changed = to !== payment.status;
    // A failure is new when it moved the payment, changed the error, or is the first report of this attempt.
    const errorChanged =
      failed &&
      snapshot.errorCode !== null &&
      (changed ||
        snapshot.errorCode !== payment.lastErrorCode ||
        (await isUnreportedAttemptFailure(tx, paymentId, source)));
    if (!changed && !errorChanged && to !== 'requires_action') {
      return {
        paymentId,
        from: payment.status,
        to,
        changed: false,
        errorMessage: payment.lastErrorMessage,
        deliveries: 0,
      };
    }

    const errorMessage = failed ? (snapshot.errorMessage ?? payment.lastErrorMessage) : null;
    const updated = await tx.payment.update({
      where: { id: paymentId },
      data: {
        status: to,
        lastErrorCode: failed ? (snapshot.errorCode ?? payment.lastErrorCode) : null,
        lastDeclineCode: failed ? (snapshot.declineCode ?? payment.lastDeclineCode) : null,
        lastErrorMessage: errorMessage,
        threeDSecureFailure: failed ? (snapshot.threeDSecureFailure ?? payment.threeDSecureFailure) : null,
        nextActionType: to === 'requires_action' ? snapshot.nextActionType : null,
        awaitingCustomerSince: awaitsCustomer(to)
          ? awaitsCustomer(payment.status)
            ? payment.awaitingCustomerSince
            : new Date()
          : null,
        cardBrand: snapshot.cardBrand ?? payment.cardBrand,
        cardLast4: snapshot.cardLast4 ?? payment.cardLast4,
        ...(to === 'succeeded' && { succeededAt: new Date() }),
        ...settledAmounts(payment, to, changed, snapshot),
      },
    });
    if (changed || errorChanged) {
      await tx.paymentEvent.create({
        data: {
          id: newId('pev'),
          paymentId,
          fromStatus: payment.status,
          toStatus: to,
          ...describeSource(source),
          detail: failed ? [snapshot.errorCode, snapshot.declineCode].filter(Boolean).join('/') || null : null,
        },
      });
    }
    // An authorized payment completes its checkout: the customer is done, the capture is the merchant's.
    const sessionCompleted =
      (to === 'succeeded' || to === 'requires_capture') && (await completeSession(tx, payment.sessionId));
    // The discount's redemption follows the checkout: counted once it completed (paid or authorized), given back
    // when the payment failed before that.
    if (sessionCompleted) await countRedemption(tx, payment.sessionId);
    if (failed) await releaseRedemption(tx, payment.sessionId);
    const autoRefund =
      to === 'succeeded' && changed && !sessionCompleted ? await refundIfSessionExpired(tx, updated, source) : null;
    const releaseAuthorization =
      to === 'requires_capture' &&
      changed &&
      !sessionCompleted &&
      (await flagAuthorizedAfterExpiry(tx, updated, source));
    const deliveries =
      (await recordPaymentEvents(tx, {
        before: payment,
        after: updated,
        sessionCompleted,
        newFailure: errorChanged,
        paidAfterExpiry: autoRefund !== null || releaseAuthorization,
      })) + (sessionCompleted ? await recordLinkCompletion(tx, payment.sessionId) : 0);
    return {
      paymentId,
      from: payment.status,
      to,
      changed: changed || errorChanged,
      errorMessage,
      deliveries,
      autoRefund,
      releaseAuthorization,
      intentId: updated.stripePaymentIntentId,
      currency: updated.currency,
      newFailure: errorChanged,
      threeDSecureFailure: updated.threeDSecureFailure,
    };
  });

  if (result.changed) publishPaymentUpdate({ paymentId, status: result.to, errorMessage: result.errorMessage });
  countPaymentChange(result);
  if (result.deliveries) announceDeliveriesQueued();
  if (result.releaseAuthorization && result.intentId) {
    await cancelPaymentIntent(result.intentId, `${paymentId}-cancel-expired`).catch((error: unknown) =>
      logger().error(
        { paymentId, err: error instanceof Error ? error.message : String(error) },
        'releasing an authorization made after its session expired failed; Stripe releases it after 7 days',
      ),
    );
  }
  if (result.autoRefund && result.intentId) {
    await sendRefund(db, result.autoRefund, result.intentId).catch((error: unknown) =>
      logger().error(
        { paymentId, refundId: result.autoRefund!.id, err: error instanceof Error ? error.message : String(error) },
        'automatic refund left for the reconciler',
      ),
    );
  }
  return { paymentId: result.paymentId, from: result.from, to: result.to, changed: result.changed };
}

/**
 * The amounts a move settles: what Stripe charged when the payment succeeds (less than the amount after a
 * partial capture, the rest released), or the whole authorization released when an authorized payment is
 * canceled. A pending capture or cancellation request is done once its outcome is seen.
 */
function settledAmounts(payment: Payment, to: PaymentStatus, changed: boolean, snapshot: PaymentSnapshot) {
  if (!changed) return {};
  const requestDone = { captureRequestedAmount: null, captureRequestedAt: null, cancelRequestedAt: null };
  if (to === 'succeeded') {
    const captured = snapshot.amountReceived > 0 ? snapshot.amountReceived : payment.amount;
    return { amountCaptured: captured, amountReleased: payment.amount - captured, ...requestDone };
  }
  if (to === 'canceled' && payment.status === 'requires_capture') {
    return { amountReleased: payment.amount, cancellationReason: snapshot.cancellationReason, ...requestDone };
  }
  return {};
}

/** Marks the payment's open session complete; false when it was not open (already complete, or expired). */
async function completeSession(tx: Tx, sessionId: string): Promise<boolean> {
  const { count } = await tx.checkoutSession.updateMany({
    where: { id: sessionId, status: 'open' },
    data: { status: 'complete', completedAt: new Date() },
  });
  return count > 0;
}

/**
 * A payment Stripe charged although its session had expired (a confirm that was already on its way when
 * the session expired): the session stays expired, the payment is flagged, and a full refund is claimed in
 * the same transaction (sent to Stripe after it commits; the refund reconciler finishes it after a crash).
 */
async function refundIfSessionExpired(tx: Tx, payment: Payment, source: PaymentSource): Promise<Refund | null> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: payment.sessionId },
    select: { status: true },
  });
  if (session.status !== 'expired') return null;
  const detail = `charged after its checkout session expired (seen by ${describeSource(source).source}); refunded in full`;
  await recordAnomaly(tx, payment.id, 'paid_after_expiry', payment.stripePaymentIntentId ?? payment.id, detail);
  return tx.refund.create({
    data: {
      id: newId('rfd'),
      merchantId: payment.merchantId,
      paymentId: payment.id,
      amount: (payment.amountCaptured ?? payment.amount) - payment.amountRefunded,
      currency: payment.currency,
      requestedBy: 'system:session_expired',
    },
  });
}

/**
 * An authorization that landed after its checkout session expired: the session stays expired, the payment is
 * flagged, and the authorization is canceled after the transaction commits (the webhook then records it).
 */
async function flagAuthorizedAfterExpiry(tx: Tx, payment: Payment, source: PaymentSource): Promise<boolean> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: payment.sessionId },
    select: { status: true },
  });
  if (session.status !== 'expired') return false;
  const detail = `authorized after its checkout session expired (seen by ${describeSource(source).source}); authorization released`;
  await recordAnomaly(tx, payment.id, 'authorized_after_expiry', payment.stripePaymentIntentId ?? payment.id, detail);
  return true;
}

/**
 * True when `source` is a customer's attempt whose failure the timeline has not recorded yet: a second
 * card declined with the same code as the first is still a new failure (and a new payment.failed).
 */
async function isUnreportedAttemptFailure(tx: Tx, paymentId: string, source: PaymentSource): Promise<boolean> {
  if (source.kind !== 'action' || !source.attemptId) return false;
  const attempt = await tx.paymentAttempt.findUnique({ where: { id: source.attemptId }, select: { createdAt: true } });
  if (!attempt) return false;
  const reported = await tx.paymentEvent.findFirst({
    where: { paymentId, toStatus: 'requires_payment_method', createdAt: { gte: attempt.createdAt } },
    select: { id: true },
  });
  return !reported;
}
