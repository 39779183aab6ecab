import { z } from 'zod';

/** `payment_intent_data` on sessions and payment links: what is passed to the PaymentIntent (Stripe's names). */
export const ZApiPaymentIntentData = z
  .strictObject({
    capture_method: z
      .enum(['automatic', 'manual'])
      .optional()
      .describe(
        '`automatic` (default): the card is charged when the customer pays. `manual`: the card is only authorized; the payment ends `authorized` and you capture all or part of it (`POST /payments/{id}/capture`) or cancel it (`POST /payments/{id}/cancel`). Stripe cancels an authorization that is not captured within 7 days.',
      ),
  })
  .describe('Settings passed to the PaymentIntent behind each payment.');

export type TApiPaymentIntentData = z.infer<typeof ZApiPaymentIntentData>;
