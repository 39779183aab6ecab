import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { checkDiscount } from '@/lib/discounts/check-discount';
import { findDiscount } from '@/lib/discounts/find-discount';
import { hasPaidBefore } from '@/lib/discounts/has-paid-before';
import { discountRefusal } from '@/lib/discounts/discount-refusal';
import type { TCreateCheckoutSession } from './checkout-schemas';

type UpFront = { couponId: string | null; promotionCodeId: string | null; amountDiscount: number };

/**
 * The discount a new session starts with (`discounts: [{ coupon } | { promotion_code }]`), checked
 * against its items and currency; a refusal is a `parameter_invalid` naming the parameter. Another
 * merchant's coupon or code is refused exactly like one that does not exist.
 */
export async function resolveUpFrontDiscount(
  db: Db,
  data: Pick<TCreateCheckoutSession, 'merchantId' | 'discount' | 'currency' | 'paymentLinkId' | 'customerEmail'> & {
    lineItems: { name: string; unitAmount: number; quantity: number }[];
  },
  now: Date,
): Promise<UpFront> {
  if (!data.discount) return { couponId: null, promotionCodeId: null, amountDiscount: 0 };
  const param = 'coupon' in data.discount ? 'discounts.0.coupon' : 'discounts.0.promotion_code';
  const id = 'coupon' in data.discount ? data.discount.coupon : data.discount.promotionCode;
  const found = await findDiscount(db, data.merchantId, data.discount);
  if (!found)
    throw domainError(
      'parameter_invalid',
      `No such ${'coupon' in data.discount ? 'coupon' : 'promotion code'}: '${id.slice(0, 100)}'`,
      param,
    );
  const check = checkDiscount(
    found.coupon,
    found.promotionCode,
    { currency: data.currency, lineItems: data.lineItems, paymentLinkId: data.paymentLinkId ?? null },
    now,
  );
  if (!check.ok) throw domainError('parameter_invalid', check.refusal.message, param);
  if (
    found.promotionCode?.firstTimeTransaction &&
    data.customerEmail &&
    (await hasPaidBefore(db, data.merchantId, data.customerEmail))
  )
    throw domainError('parameter_invalid', discountRefusal('first_time_only').message, param);
  return {
    couponId: found.coupon.id,
    promotionCodeId: found.promotionCode?.id ?? null,
    amountDiscount: check.amountDiscount,
  };
}
