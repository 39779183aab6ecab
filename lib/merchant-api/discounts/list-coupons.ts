import type { Db } from '@/lib/db/create-prisma';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { serializeCoupon } from '@/lib/objects/serialize-discounts';
import { ZApiListCoupons } from '../schemas/discount-schemas';

/** The merchant's coupons, newest first. */
export async function listCoupons(db: Db, merchantId: string, query: unknown) {
  const params = ZApiListCoupons.parse(query);
  await checkCursors(params, 'coupon', (id) =>
    db.coupon.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.coupon.findMany({ where: { merchantId }, ...pageArgs(params) });
  return toList(rows, params, '/api/v1/coupons', serializeCoupon);
}
