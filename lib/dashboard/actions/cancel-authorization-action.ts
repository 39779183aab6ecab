'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { cancelAuthorization } from '@/lib/payments/cancel-authorization';
import { dashboardAction } from '../dashboard-action';

/** How long the dashboard waits for Stripe's webhook before showing the cancellation as pending. */
const SETTLE_WAIT_MS = 2500;

const ZCancelAuthorizationInput = z.strictObject({ paymentId: zObjectId('payment') });

/** Cancels one of the signed-in merchant's authorized payments, releasing the hold on the customer's card. */
export const cancelAuthorizationAction = dashboardAction(ZCancelAuthorizationInput, async (input, ctx) => {
  const after = await cancelAuthorization(db(), {
    merchantId: ctx.merchantId,
    paymentId: input.paymentId,
    cancellationReason: 'requested_by_customer',
    settleWaitMs: SETTLE_WAIT_MS,
  });
  revalidatePath(`/dashboard/payments/${input.paymentId}`);
  return { settled: after.status !== 'requires_capture' };
});
