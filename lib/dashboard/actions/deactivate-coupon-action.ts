'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { updateCoupon } from '@/lib/discounts/update-coupon';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { dashboardAction } from '../dashboard-action';

/** Discounts → Deactivate coupon: for good; none of its codes applies any more. */
export const deactivateCouponAction = dashboardAction(
  z.strictObject({ id: zObjectId('coupon') }),
  async ({ id }, ctx) => {
    await updateCoupon(db(), ctx.merchantId, id, { valid: false });
    revalidatePath('/dashboard/discounts');
    return { id };
  },
);
