import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { newId } from '@/lib/ids/new-id';
import { checkDiscount } from './check-discount';
import { discountRefusal, type DiscountRefusal } from './discount-refusal';
import { hasPaidBefore } from './has-paid-before';

/**
 * In a payment start's transaction, under the session's row lock: holds the session's discount for the
 * payment about to start, or says why it cannot apply any more. The counters are taken with conditional
 * UPDATEs (`times_held + times_redeemed < max_redemptions`), which Postgres re-checks on the locked row
 * after a concurrent writer commits, so customers racing for the last redemption get exactly one hold.
 * A session whose discount is already held keeps it. Nothing is written when it refuses.
 */
export async function holdRedemption(
  tx: Tx,
  sessionId: string,
  email: string,
  now = new Date(),
): Promise<DiscountRefusal | null> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { lineItems: true, coupon: true, promotionCode: true, redemption: true },
  });
  if (!session.coupon) return null;
  if (session.redemption?.status === 'held') return null;
  const check = checkDiscount(
    { ...session.coupon, timesHeld: 0, timesRedeemed: 0 },
    session.promotionCode && { ...session.promotionCode, timesHeld: 0, timesRedeemed: 0 },
    session,
    now,
  );
  if (!check.ok) return check.refusal;
  if (check.amountDiscount !== session.amountDiscount) return discountRefusal('invalid');
  if (session.promotionCode?.firstTimeTransaction && (await hasPaidBefore(tx, session.merchantId, email)))
    return discountRefusal('first_time_only');

  if (session.promotionCodeId) {
    const code = await tx.$executeRaw`
      UPDATE promotion_codes SET times_held = times_held + 1, updated_at = now()
      WHERE id = ${session.promotionCodeId} AND active
        AND (max_redemptions IS NULL OR times_held + times_redeemed < max_redemptions)`;
    if (code === 0) return discountRefusal('exhausted');
  }
  const coupon = await tx.$executeRaw`
    UPDATE coupons SET times_held = times_held + 1, updated_at = now()
    WHERE id = ${session.coupon.id} AND valid
      AND (max_redemptions IS NULL OR times_held + times_redeemed < max_redemptions)`;
  if (coupon === 0) {
    if (session.promotionCodeId)
      await tx.$executeRaw`UPDATE promotion_codes SET times_held = times_held - 1 WHERE id = ${session.promotionCodeId}`;
    return discountRefusal('exhausted');
  }
  const held = { couponId: session.coupon.id, promotionCodeId: session.promotionCodeId, status: 'held' as const };
  await tx.discountRedemption.upsert({
    where: { sessionId },
    create: { id: newId('dred'), sessionId, ...held },
    update: held,
  });
  return null;
}
