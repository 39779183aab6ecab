'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { capturePayment } from '@/lib/payments/capture-payment';
import { dashboardAction } from '../dashboard-action';
import { findPaymentWithTypedAmount } from '../find-payment-with-typed-amount';

/** How long the dashboard waits for Stripe's webhook before showing the capture as pending. */
const SETTLE_WAIT_MS = 2500;

const ZCapturePaymentInput = z.strictObject({
  paymentId: zObjectId('payment'),
  /** As typed, in major units ("12.50"); empty means the whole authorization. */
  amount: z.string().max(30).optional(),
});

/** Captures all or part of one of the signed-in merchant's authorized payments, through the one capture path. */
export const capturePaymentAction = dashboardAction(ZCapturePaymentInput, async (input, ctx) => {
  const { payment, amount: amountToCapture } = await findPaymentWithTypedAmount(
    ctx.merchantId,
    input.paymentId,
    input.amount,
  );
  const after = await capturePayment(db(), {
    merchantId: ctx.merchantId,
    paymentId: payment.id,
    amountToCapture,
    settleWaitMs: SETTLE_WAIT_MS,
  });
  revalidatePath(`/dashboard/payments/${payment.id}`);
  return { settled: after.status !== 'requires_capture', amountCaptured: after.amountCaptured };
});
