'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { isTestMode } from '@/lib/merchant-api/api-settings';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.strictObject({ id: zObjectId('payment_link'), active: z.boolean() });

/** Payment link → Deactivate / Reactivate: the link page shows its inactive message, or takes payments again. */
export const setPaymentLinkActiveAction = dashboardAction(ZInput, async ({ id, active }, ctx) => {
  const link = await updatePaymentLink(db(), ctx.merchantId, id, { active }, isTestMode());
  revalidatePath('/dashboard/links', 'layout');
  return { id: link.id, active: link.active };
});
