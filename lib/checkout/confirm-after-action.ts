import type { Db } from '@/lib/db/create-prisma';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { confirmPaymentIntent } from '@/lib/stripe/confirm-payment-intent';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { isUnexpectedStateError, paymentIntentFromCardError } from '@/lib/stripe/stripe-errors';
import { challengeReturnUrl, stepFor, type PaymentStep } from './payment-step';

/**
 * After the customer's 3DS (modal or redirect): read the PaymentIntent from Stripe and, when it waits in
 * `requires_confirmation`, confirm it again from the server. The idempotency key derives from the
 * latest attempt, so a reload or a second tab re-confirms at most once per attempt.
 */
export async function confirmAfterAction(db: Db, paymentId: string, publicUrl: string): Promise<PaymentStep> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { session: true, attempts: { orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  if (!payment?.stripePaymentIntentId) return { kind: 'unavailable', reason: 'not_found', message: 'This payment does not exist.' };

  let intent = await retrievePaymentIntent(payment.stripePaymentIntentId);
  const attemptId = payment.attempts[0]?.id ?? payment.id;
  if (intent.status === 'requires_confirmation') {
    const returnUrl = challengeReturnUrl(publicUrl, payment.session, payment.id);
    try {
      intent = await confirmPaymentIntent(intent.id, { returnUrl }, `${attemptId}-reconfirm`);
    } catch (error) {
      const fromCardError = paymentIntentFromCardError(error);
      if (fromCardError) intent = fromCardError;
      else if (isUnexpectedStateError(error)) intent = await retrievePaymentIntent(intent.id);
      else throw error;
    }
  }
  await convergePayment(db, payment.id, snapshotFromIntent(intent, true), { kind: 'action', name: 'confirm-payment', attemptId });
  await db.paymentAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: new Date(), outcome: intent.status } });
  const current = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  return stepFor(current, intent, publicUrl);
}
