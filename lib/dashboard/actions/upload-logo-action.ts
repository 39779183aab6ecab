'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { apiError } from '@/lib/merchant-api/api-error';
import { saveMerchantLogo } from '@/lib/merchants/logo/save-merchant-logo';
import { dashboardAction } from '../dashboard-action';

/** Settings → Logo: the form's `logo` file, checked and stored by saveMerchantLogo. */
export const uploadLogoAction = dashboardAction(z.instanceof(FormData), async (form, ctx) => {
  const file = form.get('logo');
  if (!(file instanceof File)) throw apiError('parameter_missing', 'Choose an image file to upload.', 'logo');
  const logoUrl = await saveMerchantLogo(db(), ctx.merchantId, {
    bytes: new Uint8Array(await file.arrayBuffer()),
    declaredType: file.type,
  });
  revalidatePath('/dashboard', 'layout');
  return { logoUrl };
});
