import { z } from 'zod';
import { MAX_AMOUNT } from '@/lib/money/currencies';
import { CANCELLATION_REASONS } from '@/lib/stripe/cancel-payment-intent';

/** `POST /api/v1/payments/{id}/capture` */
export const ZApiCapturePayment = z.strictObject({
  amount_to_capture: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .min(1, 'must be at least 1')
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
    .optional()
    .describe(
      'Minor units to charge (1000 = $10.00), at most the authorized `amount`. Default: all of it. The rest of the authorization is released.',
    ),
});

/** `POST /api/v1/payments/{id}/cancel` */
export const ZApiCancelPayment = z.strictObject({
  cancellation_reason: z
    .enum(CANCELLATION_REASONS, { error: `must be one of ${CANCELLATION_REASONS.join(', ')}` })
    .optional()
    .describe(`Why, as Stripe records it: ${CANCELLATION_REASONS.join(', ')}. Default: requested_by_customer.`),
});
