import type { Db } from '@/lib/db/create-prisma';
import type { Coupon, DiscountRedemption, LineItem, PromotionCode } from '@/lib/generated/prisma/client';
import { checkDiscount } from '@/lib/discounts/check-discount';
import type { DiscountRefusalReason } from '@/lib/discounts/discount-refusal';
import { hasPaidBefore } from '@/lib/discounts/has-paid-before';

type Session = {
  merchantId: string;
  currency: string;
  paymentLinkId: string | null;
  customerEmail: string | null;
  lineItems: LineItem[];
  coupon: Coupon | null;
  promotionCode: PromotionCode | null;
  redemption: DiscountRedemption | null;
};

/**
 * Why the discount an open session shows can no longer be used (deactivated, expired, used up by others,
 * first-time only for the email given at Pay), for the page to say beside the code; null when it can, or
 * when this session's own payment holds it.
 */
export async function discountProblem(db: Db, session: Session, now: Date): Promise<DiscountRefusalReason | null> {
  if (!session.coupon || session.redemption?.status === 'held') return null;
  const check = checkDiscount(session.coupon, session.promotionCode, session, now);
  if (!check.ok) return check.refusal.reason;
  const email = session.customerEmail;
  if (session.promotionCode?.firstTimeTransaction && email && (await hasPaidBefore(db, session.merchantId, email)))
    return 'first_time_only';
  return null;
}
