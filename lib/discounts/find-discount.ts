import type { Db } from '@/lib/db/create-prisma';
import type { Coupon, PromotionCode } from '@/lib/generated/prisma/client';
import { isObjectId } from '@/lib/ids/object-ids';
import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { codeKey } from './code-key';

export type DiscountRef = { coupon: string } | { promotionCode: string } | { code: string };
export type FoundDiscount = { coupon: Coupon; promotionCode: PromotionCode | null };

/**
 * The merchant's coupon, promotion code (by id) or code as a customer typed it, with its coupon; null when
 * there is none. Another merchant's is null too: the caller cannot tell it from one that does not exist.
 */
export async function findDiscount(
  client: Db | Tx,
  merchantId: string,
  ref: DiscountRef,
): Promise<FoundDiscount | null> {
  if ('coupon' in ref) {
    if (!isObjectId('coupon', ref.coupon)) return null;
    const coupon = await client.coupon.findFirst({ where: { id: ref.coupon, merchantId } });
    return coupon && { coupon, promotionCode: null };
  }
  const where =
    'promotionCode' in ref
      ? isObjectId('promotion_code', ref.promotionCode)
        ? { id: ref.promotionCode, merchantId }
        : null
      : { merchantId, codeKey: codeKey(ref.code) };
  if (!where) return null;
  const found = await client.promotionCode.findFirst({ where, include: { coupon: true } });
  if (!found) return null;
  const { coupon, ...promotionCode } = found;
  return { coupon, promotionCode };
}
