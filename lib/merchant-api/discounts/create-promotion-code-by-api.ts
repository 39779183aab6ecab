import type { Db } from '@/lib/db/create-prisma';
import { createPromotionCode } from '@/lib/discounts/create-promotion-code';
import { serializePromotionCode } from '@/lib/objects/serialize-discounts';
import { ZApiCreatePromotionCode } from '../schemas/discount-schemas';

/** `POST /api/v1/promotion_codes` */
export async function createPromotionCodeByApi(db: Db, merchantId: string, body: unknown) {
  const input = ZApiCreatePromotionCode.parse(body);
  const code = await createPromotionCode(db, merchantId, {
    couponId: input.coupon,
    code: input.code,
    active: input.active,
    maxRedemptions: input.max_redemptions,
    expiresAt: input.expires_at === undefined ? undefined : new Date(input.expires_at * 1000),
    firstTimeTransaction: input.restrictions?.first_time_transaction,
    minimumAmount: input.restrictions?.minimum_amount,
    minimumAmountCurrency: input.restrictions?.minimum_amount_currency,
    metadata: input.metadata,
  });
  return serializePromotionCode(code);
}
