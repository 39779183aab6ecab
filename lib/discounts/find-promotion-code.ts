import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '@/lib/core/domain-error';

/** One of the merchant's promotion codes, with its coupon; another merchant's is a 404 like an unknown id. */
export async function findPromotionCode(db: Db, merchantId: string, id: string, param = 'id') {
  const code = await db.promotionCode.findFirst({ where: { id, merchantId }, include: { coupon: true } });
  if (!code) throw notFound('promotion code', id, param);
  return code;
}
