import type { Db } from '@/lib/db/create-prisma';
import { codeKey } from '@/lib/discounts/code-key';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { serializePromotionCode } from '@/lib/objects/serialize-discounts';
import { ZApiListPromotionCodes } from '../schemas/discount-schemas';

/** The merchant's promotion codes, newest first, optionally one code's text, one coupon's, or only (in)active ones. */
export async function listPromotionCodes(db: Db, merchantId: string, query: unknown) {
  const params = ZApiListPromotionCodes.parse(query);
  await checkCursors(params, 'promotion_code', (id) =>
    db.promotionCode.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.promotionCode.findMany({
    where: {
      merchantId,
      ...(params.code !== undefined && { codeKey: codeKey(params.code) }),
      ...(params.coupon !== undefined && { couponId: params.coupon }),
      ...(params.active !== undefined && { active: params.active === 'true' }),
    },
    include: { coupon: true },
    ...pageArgs(params),
  });
  return toList(rows, params, '/api/v1/promotion_codes', serializePromotionCode);
}
