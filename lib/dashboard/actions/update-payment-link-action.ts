'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { findPaymentLink } from '@/lib/links/find-payment-link';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { isTestMode } from '@/lib/merchant-api/api-settings';
import { dashboardAction } from '../dashboard-action';
import { linkErrorInMajorUnits } from '../links/link-error-in-major-units';
import { linkFormToApi, ZLinkForm } from '../links/link-form';

const ZInput = ZLinkForm.extend({ id: zObjectId('payment_link') });

/**
 * Payment link → Edit: everything but the currency, through the same update as the API. Checkouts
 * customers already opened keep what they were opened with.
 */
export const updatePaymentLinkAction = dashboardAction(ZInput, async ({ id, ...form }, ctx) => {
  const { currency } = await findPaymentLink(db(), ctx.merchantId, id);
  try {
    const link = await updatePaymentLink(db(), ctx.merchantId, id, linkFormToApi(form, currency), isTestMode());
    revalidatePath('/dashboard/links', 'layout');
    return { id: link.id };
  } catch (error) {
    throw linkErrorInMajorUnits(error, currency);
  }
});
