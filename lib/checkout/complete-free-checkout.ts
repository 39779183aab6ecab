import type { Db } from '@/lib/db/create-prisma';
import { holdRedemption } from '@/lib/discounts/hold-redemption';
import { newId } from '@/lib/ids/new-id';
import { convergePayment } from '@/lib/payments/converge-payment';
import { reserveLinkPayment } from '@/lib/sessions/link-payment-refusal';

import { returnUrlFor, type PaymentStep } from './payment-step';

const NOTHING_TO_CHARGE = {
  status: 'succeeded',
  errorCode: null,
  declineCode: null,
  errorMessage: null,
  threeDSecureFailure: null,
  nextActionType: null,
  cardBrand: null,
  cardLast4: null,
  amountReceived: 0,
  cancellationReason: null,
} as const;

/**
 * The customer confirmed a checkout its discount made free: no card, no charge. Under the
 * session's row lock (as a card payment's start) the discount's redemption is held against its limits and
 * a zero-amount payment recorded; convergePayment then marks it succeeded (source `no_charge`, which it
 * accepts only for a payment with nothing to charge), completes the session, counts the redemption and
 * records `checkout.session.completed` with `amount_total: 0`, all in one transaction.
 */
export async function completeFreeCheckout(
  db: Db,
  input: { sessionId: string; email: string },
  publicUrl: string,
  now = new Date(),
): Promise<PaymentStep> {
  // A PaymentIntent left from a declined attempt before the code was applied stays unconfirmed: nothing confirms it again.
  type Claim = { step: PaymentStep } | { paymentId: string };
  const claim = await db.$transaction(async (tx): Promise<Claim> => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${input.sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({ where: { id: input.sessionId }, include: { payment: true } });
    if (!session)
      return { step: { kind: 'unavailable', reason: 'not_found', message: 'This checkout does not exist.' } };
    const existing = session.payment;
    if (session.status === 'complete' || existing?.status === 'succeeded')
      return {
        step: {
          kind: 'unavailable',
          reason: 'complete',
          message: 'This checkout has already been paid.',
          returnUrl: existing ? returnUrlFor(publicUrl, existing.id) : undefined,
        },
      };
    if (session.status === 'expired' || session.expiresAt <= now)
      return { step: { kind: 'unavailable', reason: 'expired', message: 'This checkout has expired.' } };
    if (session.amountTotal !== 0 || (existing && existing.amount !== 0))
      return {
        step: { kind: 'failed', paymentId: null, code: 'amount_due', message: 'This checkout has an amount to pay.' },
      };
    await tx.checkoutSession.update({ where: { id: session.id }, data: { customerEmail: input.email } });
    if (session.paymentLinkId) {
      const refusal = await reserveLinkPayment(tx, session.paymentLinkId, session.id);
      if (refusal) return { step: { kind: 'unavailable', reason: 'link_unavailable', message: refusal } };
    }
    const refused = await holdRedemption(tx, session.id, input.email, now);
    if (refused) return { step: { kind: 'unavailable', reason: 'discount_unavailable', message: refused.message } };
    const discount = {
      amountDiscount: session.amountDiscount,
      couponId: session.couponId,
      promotionCodeId: session.promotionCodeId,
    };
    const payment =
      existing ??
      (await tx.payment.create({
        data: {
          id: newId('pay'),
          merchantId: session.merchantId,
          sessionId: session.id,
          amount: 0,
          currency: session.currency,
          ...discount,
        },
      }));
    return { paymentId: payment.id };
  });
  if ('step' in claim) return claim.step;
  await convergePayment(db, claim.paymentId, NOTHING_TO_CHARGE, { kind: 'no_charge' });

  return { kind: 'processing', paymentId: claim.paymentId, returnUrl: returnUrlFor(publicUrl, claim.paymentId) };
}
