import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { publishPaymentUpdate } from './payment-bus';
import { describeSource, nextStatus, type PaymentSource, type PaymentStatus } from './payment-state';
import type { PaymentSnapshot } from './snapshot-from-intent';

export type ConvergeResult = { paymentId: string; from: PaymentStatus; to: PaymentStatus; changed: boolean };

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * The only function that writes a payment's status. Applies what `source` observed of the
 * PaymentIntent through the state machine, records the change in the timeline, completes the checkout
 * session on success, and pushes the committed result to waiting pages. Idempotent and convergent:
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
    await extra?.(tx);
    const to = nextStatus(payment.status, snapshot.status, source);
    const failed = to === 'requires_payment_method' || to === 'canceled';
    const changed = to !== payment.status;
    const errorChanged = failed && snapshot.errorCode !== null && snapshot.errorCode !== payment.lastErrorCode;
    if (!changed && !errorChanged && to !== 'requires_action') {
      return { paymentId, from: payment.status, to, changed: false, errorMessage: payment.lastErrorMessage };
    }

    const errorMessage = failed ? (snapshot.errorMessage ?? payment.lastErrorMessage) : null;
    await tx.payment.update({
      where: { id: paymentId },
      data: {
        status: to,
        lastErrorCode: failed ? (snapshot.errorCode ?? payment.lastErrorCode) : null,
        lastDeclineCode: failed ? (snapshot.declineCode ?? payment.lastDeclineCode) : null,
        lastErrorMessage: errorMessage,
        threeDSecureFailure: failed ? (snapshot.threeDSecureFailure ?? payment.threeDSecureFailure) : null,
        nextActionType: to === 'requires_action' ? snapshot.nextActionType : null,
        cardBrand: snapshot.cardBrand ?? payment.cardBrand,
        cardLast4: snapshot.cardLast4 ?? payment.cardLast4,
        ...(to === 'succeeded' && { succeededAt: new Date() }),
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
    if (to === 'succeeded') {
      await tx.checkoutSession.updateMany({
        where: { id: payment.sessionId, status: { not: 'complete' } },
        data: { status: 'complete', completedAt: new Date() },
      });
    }
    return { paymentId, from: payment.status, to, changed: changed || errorChanged, errorMessage };
  });

  if (result.changed) publishPaymentUpdate({ paymentId, status: result.to, errorMessage: result.errorMessage });
  return { paymentId: result.paymentId, from: result.from, to: result.to, changed: result.changed };
}
