import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { checkDiscount, type DiscountTarget } from './check-discount';

export type SessionDiscount = { couponId: string | null; promotionCodeId: string | null; amountDiscount: number };

const NONE: SessionDiscount = { couponId: null, promotionCodeId: null, amountDiscount: 0 };

/**
 * The session's discount for its items as they are now (in the amount sync's locked transaction, after a
 * quantity or code changed): recomputed on the server from the coupon's terms. A discount the new items no
 * longer qualify for (below a minimum, no eligible item left) is dropped; whether redemptions are left is
 * decided when a payment starts (holdRedemption), so counters are not checked here.
 */
export async function recomputeDiscount(
  tx: Tx,
  discount: { couponId: string | null; promotionCodeId: string | null },
  target: DiscountTarget,
  now = new Date(),
): Promise<SessionDiscount> {
  if (!discount.couponId) return NONE;
  const coupon = await tx.coupon.findUniqueOrThrow({ where: { id: discount.couponId } });
  const code = discount.promotionCodeId
    ? await tx.promotionCode.findUniqueOrThrow({ where: { id: discount.promotionCodeId } })
    : null;
  const check = checkDiscount(
    { ...coupon, timesHeld: 0, timesRedeemed: 0 },
    code && { ...code, timesHeld: 0, timesRedeemed: 0 },
    target,
    now,
  );
  if (!check.ok) return NONE;
  return { couponId: coupon.id, promotionCodeId: code?.id ?? null, amountDiscount: check.amountDiscount };
}
