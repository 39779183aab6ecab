import type { Db } from '@/lib/db/create-prisma';
import type { CheckoutSession, Merchant, Payment } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { reserveLinkPayment } from '@/lib/sessions/link-payment-refusal';
import { awaitsCustomer, isSettling } from '@/lib/payments/payment-state';
import { returnUrlFor, type PaymentStep } from './payment-step';
import { holdRedemption } from '@/lib/discounts/hold-redemption';

/** An attempt younger than this that has not finished is on its way to Stripe (double submits, two tabs). */
export const ATTEMPT_IN_FLIGHT_MS = 60_000;

export type ClaimedAttempt = {
  kind: 'claimed';
  attemptId: string;
  payment: Payment;
  session: CheckoutSession & { merchant: Merchant };
};

export type AttemptClaim =
  | ClaimedAttempt
  | { kind: 'done'; step: PaymentStep }
  /** The payment waits on 3DS: the customer's press re-runs the server confirm. */
  | { kind: 'resume'; paymentId: string }
  /** An earlier attempt has not finished and is too old to be on its way: its outcome must be read first. */
  | { kind: 'unresolved'; paymentId: string; attemptId: string };

type StartInput = { sessionId: string; paymentMethodId: string; email: string };

/**
 * Decides, under the session's row lock (which the session expiry takes too), whether a new payment
 * attempt may start, and records it. One session has one payment; an attempt in flight, or one whose
 * outcome is unknown, blocks the next until it is resolved.
 */
export async function claimPaymentAttempt(
  db: Db,
  input: StartInput,
  publicUrl: string,
  now = new Date(),
): Promise<AttemptClaim> {
  return db.$transaction(async (tx): Promise<AttemptClaim> => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${input.sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({
      where: { id: input.sessionId },
      include: { payment: true, merchant: true },
    });
    const done = (step: PaymentStep): AttemptClaim => ({ kind: 'done', step });
    if (!session) return done({ kind: 'unavailable', reason: 'not_found', message: 'This checkout does not exist.' });
    const existing = session.payment;
    if (session.status === 'complete' || existing?.status === 'succeeded') {
      const returnUrl = existing ? returnUrlFor(publicUrl, existing.id) : undefined;
      return done({
        kind: 'unavailable',
        reason: 'complete',
        message: 'This checkout has already been paid.',
        returnUrl,
      });
    }
    if (existing && isSettling(existing.status)) {
      return done({ kind: 'processing', paymentId: existing.id, returnUrl: returnUrlFor(publicUrl, existing.id) });
    }
    if (session.status === 'expired' || session.expiresAt <= now || existing?.status === 'canceled') {
      return done({ kind: 'unavailable', reason: 'expired', message: 'This checkout has expired.' });
    }
    if (existing && awaitsCustomer(existing.status)) return { kind: 'resume', paymentId: existing.id };

    if (existing) {
      const unfinished = await tx.paymentAttempt.findFirst({
        where: { paymentId: existing.id, finishedAt: null },
        orderBy: { createdAt: 'desc' },
      });
      if (
        unfinished &&
        unfinished.createdAt.getTime() > now.getTime() - ATTEMPT_IN_FLIGHT_MS &&
        unfinished.outcome !== 'unknown'
      ) {
        return done({ kind: 'unavailable', reason: 'busy', message: 'Your payment is already being processed.' });
      }
      if (unfinished) return { kind: 'unresolved', paymentId: existing.id, attemptId: unfinished.id };
    }
    if (session.paymentLinkId) {
      const refusal = await reserveLinkPayment(tx, session.paymentLinkId, session.id);
      if (refusal) return done({ kind: 'unavailable', reason: 'link_unavailable', message: refusal });
    }
    // A total of 0 (a 100 % discount) is completed without a card (completeFreeCheckout), never charged.
    if (session.amountTotal === 0)
      return done({ kind: 'failed', paymentId: null, code: 'nothing_to_charge', message: 'There is nothing to pay.' });
    const discountRefused = await holdRedemption(tx, session.id, input.email, now);
    if (discountRefused) {
      // Kept so that the page, reloaded, can say why beside the code (a first-time code is checked on this email).
      await tx.checkoutSession.update({ where: { id: session.id }, data: { customerEmail: input.email } });
      return done({ kind: 'unavailable', reason: 'discount_unavailable', message: discountRefused.message });
    }

    const payment =
      existing ??
      (await tx.payment.create({
        data: {
          id: newId('pay'),
          merchantId: session.merchantId,
          sessionId: session.id,
          amount: session.amountTotal,
          currency: session.currency,
          amountDiscount: session.amountDiscount,
          couponId: session.couponId,
          promotionCodeId: session.promotionCodeId,
          captureMethod: session.captureMethod,
        },
      }));
    const attempt = await tx.paymentAttempt.create({
      data: { id: newId('att'), paymentId: payment.id, paymentMethodId: input.paymentMethodId },
    });
    await tx.checkoutSession.update({ where: { id: session.id }, data: { customerEmail: input.email } });
    return { kind: 'claimed', attemptId: attempt.id, payment, session };
  });
}
