import type { Db } from '@/lib/db/create-prisma';
import { describeCoupon, describeRedemptions } from './describe-coupon';

const unix = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null);

/** The dashboard's discounts page: the merchant's newest coupons and promotion codes (100 of each), described. */
export async function loadDiscounts(db: Db, merchantId: string, now = new Date()) {
  const [coupons, codes] = await Promise.all([
    db.coupon.findMany({ where: { merchantId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 }),
    db.promotionCode.findMany({
      where: { merchantId },
      include: { coupon: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 100,
    }),
  ]);
  return {
    coupons: coupons.map((coupon) => ({
      id: coupon.id,
      name: coupon.name,
      terms: describeCoupon(coupon),
      redemptions: describeRedemptions(coupon),
      redeemBy: unix(coupon.redeemBy),
      valid: coupon.valid && !(coupon.redeemBy && coupon.redeemBy <= now),
      deactivated: !coupon.valid,
    })),
    codes: codes.map((code) => ({
      id: code.id,
      code: code.code,
      couponId: code.couponId,
      coupon: code.coupon.name ?? describeCoupon(code.coupon),
      redemptions: describeRedemptions(code),
      expiresAt: unix(code.expiresAt),
      firstTimeOnly: code.firstTimeTransaction,
      active: code.active,
      usable: code.active && code.coupon.valid && !(code.expiresAt && code.expiresAt <= now),
    })),
  };
}

export type DiscountsView = Awaited<ReturnType<typeof loadDiscounts>>;
