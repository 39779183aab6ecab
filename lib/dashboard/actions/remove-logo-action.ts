'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { removeMerchantLogo } from '@/lib/merchants/logo/remove-merchant-logo';
import { dashboardAction } from '../dashboard-action';

/** Settings → Remove logo: checkout pages show the business name's initial again. */
export const removeLogoAction = dashboardAction(z.object({}), async (_input, ctx) => {
  await removeMerchantLogo(db(), ctx.merchantId);
  revalidatePath('/dashboard', 'layout');
  return { logoUrl: null };
});
