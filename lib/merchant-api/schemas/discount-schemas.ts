import { z } from 'zod';
import { amountStepProblem, MAX_AMOUNT } from '@/lib/money/currencies';
import { ZListParams } from '@/lib/objects/pagination';
import { ZCurrency, ZMetadata } from '@/lib/sessions/checkout-schemas';

const minorUnits = z
  .number({ error: 'must be a whole number of minor units' })
  .int('must be a whole number of minor units')
  .positive('must be positive')
  .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);

const maxRedemptions = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1_000_000_000, 'must be at most 1000000000');

const futureUnixSeconds = z
  .number({ error: 'must be a Unix timestamp in seconds' })
  .int('must be a whole number of seconds')
  .refine((value) => value > Date.now() / 1000, 'must be in the future')
  .refine((value) => value < 32_503_680_000, 'must be before the year 3000');

/** The currency a minimum amount is in, and that it is chargeable in it; shared by coupons and codes. */
function checkMinimum(
  input: { minimum_amount?: number; minimum_amount_currency?: string },
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  if ((input.minimum_amount === undefined) !== (input.minimum_amount_currency === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [...path, input.minimum_amount === undefined ? 'minimum_amount' : 'minimum_amount_currency'],
      message: 'minimum_amount and minimum_amount_currency go together',
      params: { missing: true },
    });
}

/** `POST /api/v1/coupons` (Stripe's coupon, `duration: once`). */
export const ZApiCreateCoupon = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(40, 'must be at most 40 characters')
      .optional()
      .describe('Shown to the customer on the discount line (“Spring sale”); at most 40 characters.'),
    percent_off: z
      .number({ error: 'must be a number' })
      .gt(0, 'must be greater than 0')
      .max(100, 'must be at most 100')
      .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, 'must have at most two decimals')
      .optional()
      .describe(
        'Percentage off the eligible subtotal, above 0 and at most 100, up to two decimals (12.5). Exactly one of `percent_off` and `amount_off`.',
      ),
    amount_off: minorUnits
      .optional()
      .describe('Minor units off (500 = $5.00), in `currency`; never more than the eligible subtotal.'),
    currency: ZCurrency.optional().describe(
      'Required with `amount_off` (and only with it): the coupon applies only to sessions in this currency.',
    ),
    duration: z
      .literal('once', { error: 'must be once: a checkout is paid once' })
      .optional()
      .describe('Only `once` (the default): the discount applies to the one payment of a checkout.'),
    max_redemptions: maxRedemptions
      .optional()
      .describe('How many payments may succeed with this coupon, across all its promotion codes.'),
    redeem_by: futureUnixSeconds.optional().describe('Unix seconds after which no new payment may start with it.'),
    applies_to: z
      .strictObject({
        line_item_names: z
          .array(z.string().trim().min(1, 'must not be empty').max(250, 'must be at most 250 characters'))
          .max(100, 'must have at most 100 names')
          .optional()
          .describe(
            'Only line items with one of these names (exact, case-insensitive) are discounted; a checkout without any cannot use the coupon.',
          ),
        payment_links: z
          .array(z.string().max(100))
          .max(100, 'must have at most 100 links')
          .optional()
          .describe('Only checkouts opened from these payment links (`plink_...`) may use the coupon.'),
      })
      .optional()
      .describe('Tillpoint has no products: restrict the coupon to line items by name and/or to payment links.'),
    minimum_amount: minorUnits
      .optional()
      .describe('The eligible subtotal must be at least this, in `minimum_amount_currency`.'),
    minimum_amount_currency: ZCurrency.optional(),
    metadata: ZMetadata.optional(),
  })
  .superRefine((input, ctx) => {
    const percent = input.percent_off !== undefined;
    const amount = input.amount_off !== undefined;
    if (percent && amount)
      ctx.addIssue({ code: 'custom', path: ['amount_off'], message: 'give percent_off or amount_off, not both' });
    if (!percent && !amount)
      ctx.addIssue({
        code: 'custom',
        path: ['percent_off'],
        message: 'give percent_off or amount_off',
        params: { missing: true },
      });
    if (amount && input.currency === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'required with amount_off',
        params: { missing: true },
      });
    if (!amount && input.currency !== undefined)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'applies only with amount_off' });
    if (amount && input.currency) {
      const problem = amountStepProblem(input.amount_off!, input.currency);
      if (problem) ctx.addIssue({ code: 'custom', path: ['amount_off'], message: problem });
    }
    checkMinimum(input, ctx, []);
  });

export type TApiCreateCoupon = z.infer<typeof ZApiCreateCoupon>;

/** `POST /api/v1/coupons/{id}`: a coupon's terms never change; `valid: false` deactivates it for good. */
export const ZApiUpdateCoupon = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters').optional(),
  valid: z
    .literal(false, { error: 'must be false: a deactivated coupon stays deactivated' })
    .optional()
    .describe(
      '`false` deactivates the coupon: none of its codes applies any more, and checkouts that show it cannot start a payment with it.',
    ),
  metadata: ZMetadata.optional(),
});

export const ZApiListCoupons = ZListParams;

/** `POST /api/v1/promotion_codes` */
export const ZApiCreatePromotionCode = z
  .strictObject({
    coupon: z.string().max(100).describe('The coupon (`coupon_...`) the code applies.'),
    code: z
      .string()
      .regex(/^[A-Za-z0-9_-]{3,40}$/, 'must be 3 to 40 letters, digits, - or _')
      .optional()
      .describe(
        'What the customer types; case-insensitive and unique among your active and inactive codes. Default: 8 random characters.',
      ),
    active: z.boolean().optional().describe('Default: true.'),
    max_redemptions: maxRedemptions.optional().describe('How many payments may succeed with this code.'),
    expires_at: futureUnixSeconds.optional().describe('Unix seconds after which the code no longer applies.'),
    restrictions: z
      .strictObject({
        first_time_transaction: z
          .boolean()
          .optional()
          .describe('Only for customers whose email has no succeeded payment with you yet.'),
        minimum_amount: minorUnits
          .optional()
          .describe('The checkout’s subtotal before discounts must be at least this.'),
        minimum_amount_currency: ZCurrency.optional(),
      })
      .optional(),
    metadata: ZMetadata.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.restrictions) checkMinimum(input.restrictions, ctx, ['restrictions']);
  });

export type TApiCreatePromotionCode = z.infer<typeof ZApiCreatePromotionCode>;

/** `POST /api/v1/promotion_codes/{id}` */
export const ZApiUpdatePromotionCode = z.strictObject({
  active: z.boolean().optional().describe('`false` deactivates the code, `true` reactivates it.'),
  metadata: ZMetadata.optional(),
});

export const ZApiListPromotionCodes = ZListParams.extend({
  code: z.string().max(40).optional().describe('Only the code with this text (case-insensitive).'),
  coupon: z.string().max(100).optional().describe('Only codes of this coupon.'),
  active: z.enum(['true', 'false']).optional().describe('Only active or inactive codes.'),
});
