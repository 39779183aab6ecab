'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { refundPayment } from '@/lib/payments/refund-payment';
import { REFUND_REASONS } from '@/lib/payments/refund-reasons';
import { dashboardAction } from '../dashboard-action';
import { findPaymentWithTypedAmount } from '../find-payment-with-typed-amount';

const ZRefundPaymentInput = z.strictObject({
  paymentId: zObjectId('payment'),
  /** As typed, in major units ("12.50"); empty means everything that is left. */
  amount: z.string().max(30).optional(),
  reason: z.enum(REFUND_REASONS).nullable().optional(),
});

/** Refunds one of the signed-in merchant's payments (all, or the amount typed) through the one refund path. */
export const refundPaymentAction = dashboardAction(ZRefundPaymentInput, async (input, ctx) => {
  const { payment, amount } = await findPaymentWithTypedAmount(ctx.merchantId, input.paymentId, input.amount);
  const { refund } = await refundPayment(db(), {
    merchantId: ctx.merchantId,
    paymentId: payment.id,
    amount,
    reason: input.reason ?? null,
    requestedBy: `user:${ctx.user.id}`,
  });
  revalidatePath(`/dashboard/payments/${payment.id}`);
  return { refundId: refund.id, amount: refund.amount };
});
