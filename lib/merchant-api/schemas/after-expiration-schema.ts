import { z } from 'zod';

/** Stripe's `after_expiration`: what happens when the session expires unpaid. */
export const ZAfterExpiration = z
  .strictObject({
    recovery: z
      .strictObject({
        enabled: z
          .boolean()
          .describe(
            '`true`: when the session expires and the customer’s email is known (`customer_email`, or the email they typed on the page before pressing Pay), it gets `after_expiration.recovery.url`, which opens a new session with the same items and settings.',
          ),
        allow_promotion_codes: z
          .boolean()
          .optional()
          .describe('Whether the recovered session lets the customer enter a promotion code. Default: false.'),
      })
      .describe('Recovery of the expired session. Only for hosted sessions.'),
  })
  .describe(
    'What happens when the session expires unpaid. The recovery URL opens for 30 days after the expiry (`after_expiration.recovery.expires_at`) and creates one new session (`recovered_from` names this one).',
  );
