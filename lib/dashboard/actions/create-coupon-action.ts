'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { domainError } from '@/lib/core/domain-error';
import { db } from '@/lib/db/db';
import { createCouponByApi } from '@/lib/merchant-api/discounts/create-coupon-by-api';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.strictObject({
  name: z.string().max(100),
  kind: z.enum(['percent', 'amount']),
  /** "25" (percent) or "5.00" (major units of `currency`). */
  value: z.string().max(20),
  currency: z.string().max(3),
  maxRedemptions: z.string().max(12),
  /** `YYYY-MM-DD`: usable until the end of that day, UTC. */
  redeemBy: z.string().max(10),
});

/** Discounts → Create coupon: the form's text, turned into the API's body (minor units, Unix seconds) and checked by the same rules. */
export const createCouponAction = dashboardAction(ZInput, async (input, ctx) => {
  const currency = input.currency.toLowerCase();
  const amount = input.kind === 'amount' ? toMinorUnits(input.value, currency) : null;
  if (input.kind === 'amount' && amount === null)
    throw domainError('parameter_invalid', 'Enter the amount off, such as 5.00.', 'amount_off');
  const body = {
    ...(input.name.trim() && { name: input.name.trim() }),
    ...(input.kind === 'percent' ? { percent_off: Number(input.value) } : { amount_off: amount, currency }),
    ...(input.maxRedemptions.trim() && { max_redemptions: Number(input.maxRedemptions) }),
    ...(input.redeemBy && { redeem_by: Math.floor(Date.parse(`${input.redeemBy}T23:59:59Z`) / 1000) }),
  };
  const coupon = await createCouponByApi(db(), ctx.merchantId, body);
  revalidatePath('/dashboard/discounts');
  return { id: coupon.id };
});
