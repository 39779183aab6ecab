import { z } from 'zod';

/** `discounts` on a checkout session: at most one, a coupon or a promotion code (as Stripe). */
export const ZApiDiscounts = z
  .array(
    z
      .strictObject({
        coupon: z.string().max(100).optional().describe('A coupon (`coupon_...`) to apply.'),
        promotion_code: z.string().max(100).optional().describe('A promotion code (`promo_...`) to apply.'),
      })
      .refine(
        (discount) => (discount.coupon === undefined) !== (discount.promotion_code === undefined),
        'give exactly one of coupon and promotion_code',
      ),
  )
  .max(1, 'must have at most one discount')
  .describe(
    'One discount applied up front: `[{ coupon }]` or `[{ promotion_code }]`. Checked against the items and currency; the session’s `amount_total` is after it. Not together with `allow_promotion_codes`.',
  );
