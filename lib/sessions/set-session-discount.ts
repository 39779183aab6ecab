import type { Db } from '@/lib/db/create-prisma';
import { checkDiscount } from '@/lib/discounts/check-discount';
import type { DiscountRefusalReason } from '@/lib/discounts/discount-refusal';
import { findDiscount } from '@/lib/discounts/find-discount';
import { hasPaidBefore } from '@/lib/discounts/has-paid-before';
import { releaseRedemption } from '@/lib/discounts/settle-redemption';

export type SetDiscountResult =
  | { ok: true }
  /** `unavailable`: the checkout is not open, or its payment is under way (its amount cannot change now). */
  | { ok: false; reason: DiscountRefusalReason | 'unavailable' };

/**
 * The customer applies a promotion code on the checkout page (`code`), or removes theirs (`null`). Under
 * the session's row lock (which a payment start takes too), the server checks the code against the
 * session's items, currency, link and email, and writes the discount and the new total. A session whose
 * payment already has a PaymentIntent keeps its amount: the PaymentIntent would charge the old one.
 */
export async function setSessionDiscount(
  db: Db,
  sessionId: string,
  code: string | null,
  now = new Date(),
): Promise<SetDiscountResult> {
  return db.$transaction(async (tx): Promise<SetDiscountResult> => {
    await tx.$executeRaw`SELECT 1 FROM checkout_sessions WHERE id = ${sessionId} FOR UPDATE`;
    const session = await tx.checkoutSession.findUnique({
      where: { id: sessionId },
      include: { lineItems: true, payment: true },
    });
    if (!session || session.status !== 'open' || session.expiresAt <= now) return { ok: false, reason: 'unavailable' };
    if (!session.allowPromotionCodes) return { ok: false, reason: 'invalid' };
    const payment = session.payment;
    if (payment && (payment.status !== 'requires_payment_method' || payment.stripePaymentIntentId))
      return { ok: false, reason: 'unavailable' };
    const subtotal = session.amountTotal + session.amountDiscount;
    let next = { couponId: null as string | null, promotionCodeId: null as string | null, amountDiscount: 0 };
    if (code !== null) {
      const found = await findDiscount(tx, session.merchantId, { code });
      // A bare coupon id typed as a code is not a code: only promotion codes are for customers.
      if (!found?.promotionCode) return { ok: false, reason: 'invalid' };
      const check = checkDiscount(found.coupon, found.promotionCode, session, now);
      if (!check.ok) return { ok: false, reason: check.refusal.reason };
      if (
        found.promotionCode.firstTimeTransaction &&
        session.customerEmail &&
        (await hasPaidBefore(tx, session.merchantId, session.customerEmail))
      )
        return { ok: false, reason: 'first_time_only' };
      next = {
        couponId: found.coupon.id,
        promotionCodeId: found.promotionCode.id,
        amountDiscount: check.amountDiscount,
      };
    }
    await releaseRedemption(tx, sessionId);
    await tx.checkoutSession.update({
      where: { id: sessionId },
      data: { ...next, amountTotal: subtotal - next.amountDiscount },
    });
    return { ok: true };
  });
}
