import type { Db } from '@/lib/db/create-prisma';
import { findPromotionCode } from './find-promotion-code';

/** Deactivates (`active: false`) or reactivates a promotion code, or replaces its metadata. */
export async function updatePromotionCode(
  db: Db,
  merchantId: string,
  id: string,
  input: { active?: boolean; metadata?: Record<string, string> },
) {
  await findPromotionCode(db, merchantId, id);
  return db.promotionCode.update({
    where: { id },
    data: {
      ...(input.active !== undefined && { active: input.active }),
      ...(input.metadata !== undefined && { metadata: input.metadata }),
    },
    include: { coupon: true },
  });
}
