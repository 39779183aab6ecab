import type { Db } from '@/lib/db/create-prisma';
import { DomainError } from '@/lib/core/domain-error';
import type { CheckoutSession, LineItem, Payment } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { isFinal, isInFlight } from '@/lib/payments/payment-state';
import { sessionTotal } from './session-total';
import { recomputeDiscount } from '@/lib/discounts/recompute-discount';
import { releaseRedemption } from '@/lib/discounts/settle-redemption';

/** The refusal's message while something may be charging the payment (the page says "wait"). */
export const PAYMENT_IN_PROGRESS = 'The amount cannot change while a payment is in progress.';

export type AmountSession = CheckoutSession & { lineItems: LineItem[]; payment: Payment | null };

/** What changes the session's items (quantities) or its chosen discount (`couponId`, `promotionCodeId`) inside the locked transaction. */
export type AmountChange = (tx: Tx, session: AmountSession) => Promise<void>;

/**
 * Applies `change` to an open session under its row lock (the lock `claimPaymentAttempt` and the expiry take,
 * so a change can never race a confirm), then recomputes the total from the line items on the server and
 * writes it to the session and its payment. Refused while a payment attempt has not finished, or once the
 * payment is waiting on the customer's 3-D Secure, with Stripe, or final: only a payment that nothing is
 * charging may change amount. The PaymentIntent follows at the next Pay (`syncIntentAmount`).
 */
export async function updateSessionAmount(
  db: Db,
  sessionId: string,
  change: AmountChange,
  now = new Date(),
): Promise<AmountSession> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({
      where: { id: sessionId },
      include: { lineItems: { orderBy: { position: 'asc' } }, payment: true },
    });
    if (!session) throw new DomainError('resource_missing', 'This checkout does not exist.');
    if (session.status !== 'open' || session.expiresAt <= now)
      throw new DomainError('invalid_state', 'This checkout is no longer open.');
    const payment = session.payment;
    if (payment && isFinal(payment.status)) throw new DomainError('invalid_state', 'This checkout is no longer open.');
    if (payment && isInFlight(payment.status)) throw new DomainError('invalid_state', PAYMENT_IN_PROGRESS);
    if (payment && (await tx.paymentAttempt.count({ where: { paymentId: payment.id, finishedAt: null } })) > 0)
      throw new DomainError('invalid_state', PAYMENT_IN_PROGRESS);

    await change(tx, session);
    const lineItems = await tx.lineItem.findMany({ where: { sessionId }, orderBy: { position: 'asc' } });
    const chosen = await tx.checkoutSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { couponId: true, promotionCodeId: true },
    });
    // The discount is part of the total: recomputed from its terms for the items as they are now.
    const discount = await recomputeDiscount(tx, chosen, { ...session, lineItems }, now);
    // A hold left by an attempt that ended without an answer (no payment in flight now) goes back.
    await releaseRedemption(tx, sessionId);
    const amountTotal = sessionTotal(lineItems, session.currency) - discount.amountDiscount;
    const updated = await tx.checkoutSession.update({ where: { id: sessionId }, data: { amountTotal, ...discount } });
    const updatedPayment = payment
      ? await tx.payment.update({ where: { id: payment.id }, data: { amount: amountTotal, ...discount } })
      : null;
    return { ...updated, lineItems, payment: updatedPayment };
  });
}
