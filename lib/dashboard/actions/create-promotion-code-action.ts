'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { domainError } from '@/lib/core/domain-error';
import { db } from '@/lib/db/db';
import { createPromotionCodeByApi } from '@/lib/merchant-api/discounts/create-promotion-code-by-api';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.strictObject({
  coupon: z.string().max(100),
  code: z.string().max(40),
  maxRedemptions: z.string().max(12),
  /** `YYYY-MM-DD`: usable until the end of that day, UTC. */
  expiresAt: z.string().max(10),
  firstTimeOnly: z.boolean(),
  /** Major units of `minimumCurrency`, or empty. */
  minimum: z.string().max(20),
  minimumCurrency: z.string().max(3),
});

/** Discounts → Create promotion code: the form's text as the API's body, checked by the same rules. */
export const createPromotionCodeAction = dashboardAction(ZInput, async (input, ctx) => {
  const currency = input.minimumCurrency.toLowerCase();
  const minimum = input.minimum.trim() ? toMinorUnits(input.minimum, currency) : undefined;
  if (minimum === null)
    throw domainError('parameter_invalid', 'Enter the minimum order, such as 50.00.', 'restrictions.minimum_amount');
  const body = {
    coupon: input.coupon,
    ...(input.code.trim() && { code: input.code.trim() }),
    ...(input.maxRedemptions.trim() && { max_redemptions: Number(input.maxRedemptions) }),
    ...(input.expiresAt && { expires_at: Math.floor(Date.parse(`${input.expiresAt}T23:59:59Z`) / 1000) }),
    restrictions: {
      first_time_transaction: input.firstTimeOnly,
      ...(minimum !== undefined && { minimum_amount: minimum, minimum_amount_currency: currency }),
    },
  };
  const code = await createPromotionCodeByApi(db(), ctx.merchantId, body);
  revalidatePath('/dashboard/discounts');
  return { id: code.id, code: code.code };
});
