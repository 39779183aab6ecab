'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { apiError, notFound } from '@/lib/merchant-api/api-error';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { capturePayment } from '@/lib/payments/capture-payment';
import { dashboardAction } from '../dashboard-action';

/** How long the dashboard waits for Stripe's webhook before showing the capture as pending. */
const SETTLE_WAIT_MS = 2500;

const ZCapturePaymentInput = z.strictObject({
  paymentId: zObjectId('payment'),
  /** As typed, in major units ("12.50"); empty means the whole authorization. */
  amount: z.string().max(30).optional(),
});

/** Captures all or part of one of the signed-in merchant's authorized payments, through the one capture path. */
export const capturePaymentAction = dashboardAction(ZCapturePaymentInput, async (input, ctx) => {
  const payment = await db().payment.findFirst({
    where: { id: input.paymentId, merchantId: ctx.merchantId },
    select: { id: true, currency: true },
  });
  if (!payment) throw notFound('payment', input.paymentId);
  let amountToCapture: number | undefined;
  if (input.amount?.trim()) {
    const minor = toMinorUnits(input.amount, payment.currency);
    if (minor === null || minor === 0) {
      throw apiError(
        'parameter_invalid',
        `Enter an amount above zero like 12.50, with at most the decimals ${payment.currency.toUpperCase()} has.`,
        'amount',
      );
    }
    amountToCapture = minor;
  }
  const after = await capturePayment(db(), {
    merchantId: ctx.merchantId,
    paymentId: payment.id,
    amountToCapture,
    settleWaitMs: SETTLE_WAIT_MS,
  });
  revalidatePath(`/dashboard/payments/${payment.id}`);
  return { settled: after.status !== 'requires_capture', amountCaptured: after.amountCaptured };
});
