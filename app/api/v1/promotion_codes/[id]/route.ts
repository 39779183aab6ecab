import { db } from '@/lib/db/db';
import { findPromotionCode } from '@/lib/discounts/find-promotion-code';
import { updatePromotionCode } from '@/lib/discounts/update-promotion-code';
import { apiRoute } from '@/lib/merchant-api/api-route';
import { ZApiUpdatePromotionCode } from '@/lib/merchant-api/schemas/discount-schemas';
import { serializePromotionCode } from '@/lib/objects/serialize-discounts';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async ({ merchantId, params }) => serializePromotionCode(await findPromotionCode(db(), merchantId, params.id!)),
  { ids: { id: 'promotion_code' } },
);
export const POST = apiRoute(
  async ({ merchantId, params, body }) =>
    serializePromotionCode(
      await updatePromotionCode(db(), merchantId, params.id!, ZApiUpdatePromotionCode.parse(body)),
    ),
  { ids: { id: 'promotion_code' } },
);
