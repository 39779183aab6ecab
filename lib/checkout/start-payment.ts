import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { reserveLinkPayment } from '@/lib/links/link-payment-refusal';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { createPaymentIntent } from '@/lib/stripe/create-payment-intent';
import { confirmPaymentIntent } from '@/lib/stripe/confirm-payment-intent';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { paymentIntentFromCardError } from '@/lib/stripe/stripe-errors';
import { confirmAfterAction } from './confirm-after-action';
import { challengeReturnUrl, returnUrlFor, stepFor, type PaymentStep } from './payment-step';

export type StartPaymentInput = { sessionId: string; paymentMethodId: string; email: string };

/** An attempt younger than this that has not finished blocks a second one (double submits, two tabs). */
const IN_FLIGHT_MS = 60_000;

/**
 * The customer pressed Pay: create and confirm the session's PaymentIntent (manual confirmation) with
 * this card, or confirm the existing one again after a failed attempt. A payment already waiting on
 * 3DS or already accepted is reused, never charged twice. Amount and currency come from the session.
 */
export async function startPayment(db: Db, input: StartPaymentInput, publicUrl: string): Promise<PaymentStep> {
  const now = new Date();
  const claim = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${input.sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({ where: { id: input.sessionId }, include: { payment: true, merchant: true } });
    if (!session) return { done: { kind: 'unavailable', reason: 'not_found', message: 'This checkout does not exist.' } as PaymentStep };
    const existing = session.payment;
    if (session.status === 'complete' || existing?.status === 'succeeded') {
      return { done: { kind: 'unavailable', reason: 'complete', message: 'This checkout has already been paid.', returnUrl: existing ? returnUrlFor(publicUrl, existing.id) : undefined } as PaymentStep };
    }
    if (existing && ['processing', 'requires_capture'].includes(existing.status)) {
      return { done: { kind: 'processing', paymentId: existing.id, returnUrl: returnUrlFor(publicUrl, existing.id) } as PaymentStep };
    }
    if (existing && ['requires_action', 'requires_confirmation'].includes(existing.status)) return { resume: existing.id };
    if (session.status === 'expired' || session.expiresAt <= now || existing?.status === 'canceled') {
      return { done: { kind: 'unavailable', reason: 'expired', message: 'This checkout has expired.' } as PaymentStep };
    }
    if (session.paymentLinkId) {
      const refusal = await reserveLinkPayment(tx, session.paymentLinkId, session.id);
      if (refusal) return { done: { kind: 'unavailable', reason: 'link_unavailable', message: refusal } as PaymentStep };
    }

    const payment =
      existing ??
      (await tx.payment.create({
        data: { id: newId('pay'), merchantId: session.merchantId, sessionId: session.id, amount: session.amountTotal, currency: session.currency },
      }));
    const inFlight = await tx.paymentAttempt.findFirst({
      where: { paymentId: payment.id, finishedAt: null, createdAt: { gt: new Date(now.getTime() - IN_FLIGHT_MS) } },
    });
    if (inFlight) return { done: { kind: 'unavailable', reason: 'busy', message: 'Your payment is already being processed.' } as PaymentStep };

    const attempt = await tx.paymentAttempt.create({ data: { id: newId('att'), paymentId: payment.id, paymentMethodId: input.paymentMethodId } });
    await tx.checkoutSession.update({ where: { id: session.id }, data: { customerEmail: input.email } });
    return { attemptId: attempt.id, payment, session };
  });

  if ('done' in claim) return claim.done!;
  if ('resume' in claim) return confirmAfterAction(db, claim.resume!, publicUrl);

  const { attemptId, payment, session } = claim as Exclude<typeof claim, { done: PaymentStep } | { resume: string }>;
  const returnUrl = challengeReturnUrl(publicUrl, session, payment.id);
  let intent;
  try {
    intent = payment.stripePaymentIntentId
      ? await confirmPaymentIntent(payment.stripePaymentIntentId, { paymentMethodId: input.paymentMethodId, returnUrl }, `${attemptId}-confirm`)
      : await createPaymentIntent(
          {
            amount: payment.amount,
            currency: payment.currency,
            paymentMethodId: input.paymentMethodId,
            returnUrl,
            receiptEmail: input.email,
            description: `${session.merchant.name} checkout ${session.id}`,
            metadata: { tillpoint_payment_id: payment.id, tillpoint_checkout_session_id: session.id, tillpoint_merchant_id: session.merchantId },
          },
          `${attemptId}-create`,
        );
  } catch (error) {
    intent = paymentIntentFromCardError(error);
    if (!intent) {
      await db.paymentAttempt.update({ where: { id: attemptId }, data: { finishedAt: new Date(), outcome: 'error' } });
      // The call may have reached Stripe; read the truth back when we can.
      if (payment.stripePaymentIntentId) intent = await retrievePaymentIntent(payment.stripePaymentIntentId).catch(() => null);
      if (!intent) throw error;
    }
  }

  if (!payment.stripePaymentIntentId) {
    await db.payment.update({ where: { id: payment.id }, data: { stripePaymentIntentId: intent.id } });
  }
  const converged = await convergePayment(db, payment.id, snapshotFromIntent(intent), { kind: 'action', name: 'start-payment', attemptId });
  await db.paymentAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: new Date(), outcome: intent.status } });
  const current = await db.payment.findUniqueOrThrow({ where: { id: converged.paymentId } });
  return stepFor(current, intent, publicUrl);
}
