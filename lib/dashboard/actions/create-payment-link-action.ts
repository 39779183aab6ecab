'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { isTestMode } from '@/lib/merchant-api/api-settings';
import { dashboardAction } from '../dashboard-action';
import { linkErrorInMajorUnits } from '../links/link-error-in-major-units';
import { linkFormToApi, ZLinkForm } from '../links/link-form';

const ZInput = ZLinkForm.extend({ currency: z.string().max(10) });

/** Payment links → Create: the same creation (and validation messages) as `POST /api/v1/payment_links`. */
export const createPaymentLinkAction = dashboardAction(ZInput, async ({ currency, ...form }, ctx) => {
  const code = currency.toLowerCase();
  try {
    const link = await createPaymentLink(
      db(),
      ctx.merchantId,
      { currency: code, ...linkFormToApi(form, code) },
      isTestMode(),
    );
    revalidatePath('/dashboard/links');
    return { id: link.id };
  } catch (error) {
    throw linkErrorInMajorUnits(error, code);
  }
});
