import type { Db } from '@/lib/db/create-prisma';
import { DomainError } from '@/lib/core/domain-error';
import { checkDiscount } from '@/lib/discounts/check-discount';
import type { DiscountRefusalReason } from '@/lib/discounts/discount-refusal';
import { findDiscount } from '@/lib/discounts/find-discount';
import { hasPaidBefore } from '@/lib/discounts/has-paid-before';
import { updateSessionAmount } from './update-session-amount';

export type SetDiscountResult =
  | { ok: true; amountTotal: number; amountDiscount: number }
  /** `unavailable`: the checkout is not open, or a payment is under way (its amount cannot change now). */
  | { ok: false; reason: DiscountRefusalReason | 'unavailable' };

class CodeRefused extends Error {
  constructor(readonly reason: DiscountRefusalReason) {
    super(reason);
  }
}

/**
 * The customer applies a promotion code on the checkout page (`code`), or removes theirs (`null`). The
 * code is checked against the session's items, currency, link and email, then the amount sync
 * (`updateSessionAmount`, under the session's lock) recomputes the discount and the total on the server
 * and writes them to the session and its payment; the PaymentIntent follows before the next confirm.
 */
export async function setSessionDiscount(
  db: Db,
  sessionId: string,
  code: string | null,
  now = new Date(),
): Promise<SetDiscountResult> {
  try {
    const session = await updateSessionAmount(
      db,
      sessionId,
      async (tx, locked) => {
        // Removing is always allowed (a discount the merchant applied that can no longer be used must not block Pay).
        if (code === null) {
          await tx.checkoutSession.update({
            where: { id: sessionId },
            data: { couponId: null, promotionCodeId: null },
          });
          return;
        }
        if (!locked.allowPromotionCodes) throw new CodeRefused('invalid');
        const found = await findDiscount(tx, locked.merchantId, { code });
        // Only promotion codes are for customers: a coupon id typed as a code finds nothing.
        if (!found?.promotionCode) throw new CodeRefused('invalid');
        const check = checkDiscount(found.coupon, found.promotionCode, locked, now);
        if (!check.ok) throw new CodeRefused(check.refusal.reason);
        const email = locked.customerEmail;
        if (found.promotionCode.firstTimeTransaction && email && (await hasPaidBefore(tx, locked.merchantId, email)))
          throw new CodeRefused('first_time_only');
        await tx.checkoutSession.update({
          where: { id: sessionId },
          data: { couponId: found.coupon.id, promotionCodeId: found.promotionCode.id },
        });
      },
      now,
    );
    return { ok: true, amountTotal: session.amountTotal, amountDiscount: session.amountDiscount };
  } catch (error) {
    if (error instanceof CodeRefused) return { ok: false, reason: error.reason };
    if (error instanceof DomainError && error.code !== 'parameter_invalid') return { ok: false, reason: 'unavailable' };
    throw error;
  }
}
