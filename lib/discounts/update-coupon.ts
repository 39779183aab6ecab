import type { Db } from '@/lib/db/create-prisma';
import { findCoupon } from './find-coupon';

/**
 * Renames a coupon, replaces its metadata, or deactivates it (`valid: false`, for good: Stripe deletes
 * coupons; Tillpoint keeps the row because sessions and payments name it). Its terms never change.
 */
export async function updateCoupon(
  db: Db,
  merchantId: string,
  id: string,
  input: { name?: string; valid?: false; metadata?: Record<string, string> },
) {
  await findCoupon(db, merchantId, id);
  return db.coupon.update({
    where: { id },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.valid === false && { valid: false }),
      ...(input.metadata !== undefined && { metadata: input.metadata }),
    },
  });
}
