import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { isObjectId, printableId } from '@/lib/ids/object-ids';
import { newId, randomToken } from '@/lib/ids/new-id';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PromotionCodeInput } from './coupon-input';
import { codeKey } from './code-key';
import { findCoupon } from './find-coupon';

/** Creates a customer-facing code for one of the merchant's coupons; codes are unique per merchant, whatever their case. */
export async function createPromotionCode(db: Db, merchantId: string, input: PromotionCodeInput) {
  if (!isObjectId('coupon', input.couponId))
    throw domainError('resource_missing', `No such coupon: '${printableId(String(input.couponId))}'`, 'coupon');
  const coupon = await findCoupon(db, merchantId, input.couponId, 'coupon');
  if (!coupon.valid) throw domainError('invalid_state', 'This coupon was deactivated (valid: false).', 'coupon');
  const code = input.code ?? randomToken(8).toUpperCase();
  try {
    return await db.promotionCode.create({
      data: {
        id: newId('promo'),
        merchantId,
        couponId: coupon.id,
        code,
        codeKey: codeKey(code),
        active: input.active ?? true,
        maxRedemptions: input.maxRedemptions ?? null,
        expiresAt: input.expiresAt ?? null,
        firstTimeTransaction: input.firstTimeTransaction ?? false,
        minimumAmount: input.minimumAmount ?? null,
        minimumAmountCurrency: input.minimumAmountCurrency ?? null,
        metadata: input.metadata ?? {},
      },
      include: { coupon: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw domainError(
        'parameter_invalid',
        `A promotion code '${code}' already exists (codes are case-insensitive).`,
        'code',
      );
    throw error;
  }
}
