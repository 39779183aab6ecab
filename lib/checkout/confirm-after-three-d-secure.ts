import type { Db } from '@/lib/db/create-prisma';
import { holdLinkPlaceForConfirm } from '@/lib/sessions/link-payment-refusal';
import { convergePayment } from '@/lib/payments/converge-payment';
import { isReusable, type PaymentSource } from '@/lib/payments/payment-state';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { confirmPaymentIntent } from '@/lib/stripe/confirm-payment-intent';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { isOutcomeUnknown, isUnexpectedStateError, paymentIntentFromCardError } from '@/lib/stripe/stripe-errors';
import { cancelAbandonedPayment } from '@/lib/sessions/cancel-abandoned-payment';
import { finishAttempt } from './finish-attempt';
import { challengeReturnUrl, returnUrlFor, stepFor, type PaymentStep } from './payment-step';

/**
 * After the customer's 3DS (modal, redirect, or never coming back: the reconciler calls this too): read the
 * PaymentIntent from Stripe and, when it waits in `requires_confirmation`, confirm it again from the
 * server. The idempotency key derives from the latest attempt, so a reload, a second tab and the
 * reconciler re-confirm at most once per attempt. A payment-link payment is confirmed only while the link
 * still has a place for it. When the confirm's answer is lost the truth is read back; if that fails too,
 * the customer waits on /return while the reconciler finds out.
 */
export async function confirmAfterThreeDSecure(
  db: Db,
  paymentId: string,
  publicUrl: string,
  source: PaymentSource = { kind: 'action', name: 'confirm-payment' },
): Promise<PaymentStep> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { session: true, attempts: { orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  if (!payment?.stripePaymentIntentId)
    return { kind: 'unavailable', reason: 'not_found', message: 'This payment does not exist.' };

  let intent = await retrievePaymentIntent(payment.stripePaymentIntentId);
  const attemptId = payment.attempts[0]?.id ?? payment.id;
  if (payment.session.status === 'expired' && isReusable(intent.status)) {
    // Its session expired while the customer was at the bank (or the expiry's cancel was lost): never confirm.
    await cancelAbandonedPayment(db, payment);
    return { kind: 'unavailable', reason: 'expired', message: 'This checkout has expired.' };
  }
  if (intent.status === 'requires_confirmation') {
    const linkId = payment.session.paymentLinkId;
    const refusal = linkId ? await holdLinkPlaceForConfirm(db, linkId, payment.sessionId, payment.id) : null;
    if (refusal) return { kind: 'unavailable', reason: 'link_unavailable', message: refusal };
    const returnUrl = challengeReturnUrl(publicUrl, payment.session, payment.id);
    try {
      intent = await confirmPaymentIntent(intent.id, { returnUrl }, `${attemptId}-reconfirm`);
    } catch (error) {
      const fromCardError = paymentIntentFromCardError(error);
      if (fromCardError) intent = fromCardError;
      else if (isUnexpectedStateError(error) || isOutcomeUnknown(error)) {
        const reread = await retrievePaymentIntent(intent.id).catch(() => null);
        if (!reread)
          return { kind: 'processing', paymentId: payment.id, returnUrl: returnUrlFor(publicUrl, payment.id) };
        intent = reread;
      } else throw error;
    }
  }
  const observedBy = source.kind === 'action' ? { ...source, attemptId } : source;
  await convergePayment(db, payment.id, snapshotFromIntent(intent, true), observedBy);
  if (intent.status !== 'requires_action' && intent.status !== 'requires_confirmation')
    await finishAttempt(db, attemptId, intent.status);
  const current = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  return stepFor(current, intent, publicUrl);
}
