'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { updatePromotionCode } from '@/lib/discounts/update-promotion-code';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.strictObject({ id: zObjectId('promotion_code'), active: z.boolean() });

/** Discounts → Deactivate / Reactivate a promotion code. */
export const setPromotionCodeActiveAction = dashboardAction(ZInput, async ({ id, active }, ctx) => {
  const code = await updatePromotionCode(db(), ctx.merchantId, id, { active });
  revalidatePath('/dashboard/discounts');
  return { id: code.id, active: code.active };
});
