import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { isObjectId } from '@/lib/ids/object-ids';
import { newId } from '@/lib/ids/new-id';
import type { CouponInput } from './coupon-input';

/**
 * Creates one of the merchant's coupons. Exactly one of percent and amount off (the caller's schema and
 * the table's check both hold it); `applies_to` payment links must be the merchant's own, and another
 * merchant's link is refused like an unknown one.
 */
export async function createCoupon(db: Db, merchantId: string, input: CouponInput) {
  const links = [...new Set(input.appliesToPaymentLinks ?? [])];
  for (const [index, id] of links.entries()) {
    const owned = isObjectId('payment_link', id) && (await db.paymentLink.findFirst({ where: { id, merchantId } }));
    if (!owned)
      throw domainError('resource_missing', `No such payment link: '${id}'`, `applies_to.payment_links.${index}`);
  }
  return db.coupon.create({
    data: {
      id: newId('coupon'),
      merchantId,
      name: input.name ?? null,
      percentOffHundredths: input.percentOffHundredths ?? null,
      amountOff: input.amountOff ?? null,
      currency: input.amountOff !== undefined ? (input.currency ?? null) : null,
      maxRedemptions: input.maxRedemptions ?? null,
      redeemBy: input.redeemBy ?? null,
      appliesToLineItemNames: [...new Set(input.appliesToLineItemNames ?? [])],
      appliesToPaymentLinks: links,
      minimumAmount: input.minimumAmount ?? null,
      minimumAmountCurrency: input.minimumAmountCurrency ?? null,
      metadata: input.metadata ?? {},
    },
  });
}
