import type { Tx } from '@/lib/merchant-webhooks/record-event';

/**
 * Inside convergePayment's transaction when the session's payment succeeded: its held redemption is
 * counted (held → redeemed on the coupon and the code). A redemption released meanwhile (a failure
 * reported late) is counted too, since the discount was in fact used. Idempotent: counted stays counted.
 */
export async function countRedemption(tx: Tx, sessionId: string): Promise<void> {
  const redemption = await tx.discountRedemption.findUnique({ where: { sessionId } });
  if (!redemption || redemption.status === 'counted') return;
  const wasHeld = redemption.status === 'held' ? 1 : 0;
  await tx.discountRedemption.update({ where: { sessionId }, data: { status: 'counted' } });
  await tx.$executeRaw`
    UPDATE coupons SET times_held = times_held - ${wasHeld}, times_redeemed = times_redeemed + 1, updated_at = now()
    WHERE id = ${redemption.couponId}`;
  if (redemption.promotionCodeId)
    await tx.$executeRaw`
      UPDATE promotion_codes SET times_held = times_held - ${wasHeld}, times_redeemed = times_redeemed + 1, updated_at = now()
      WHERE id = ${redemption.promotionCodeId}`;
}

/**
 * When the session's payment failed or was canceled, or the session expired: a held redemption goes
 * back to the coupon and code for other customers. Idempotent; a counted redemption stays counted.
 */
export async function releaseRedemption(tx: Tx, sessionId: string): Promise<void> {
  const released = await tx.$queryRaw<{ coupon_id: string; promotion_code_id: string | null }[]>`
    UPDATE discount_redemptions SET status = 'released', updated_at = now()
    WHERE session_id = ${sessionId} AND status = 'held'
    RETURNING coupon_id, promotion_code_id`;
  for (const row of released) {
    await tx.$executeRaw`UPDATE coupons SET times_held = times_held - 1, updated_at = now() WHERE id = ${row.coupon_id}`;
    if (row.promotion_code_id)
      await tx.$executeRaw`
        UPDATE promotion_codes SET times_held = times_held - 1, updated_at = now() WHERE id = ${row.promotion_code_id}`;
  }
}
