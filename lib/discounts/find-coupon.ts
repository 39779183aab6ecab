import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '@/lib/core/domain-error';

/** One of the merchant's coupons; another merchant's coupon is a 404 like an unknown id. */
export async function findCoupon(db: Db, merchantId: string, id: string, param = 'id') {
  const coupon = await db.coupon.findFirst({ where: { id, merchantId } });
  if (!coupon) throw notFound('coupon', id, param);
  return coupon;
}
