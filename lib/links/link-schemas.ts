import { z } from 'zod';
import { ZCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { ZCheckoutLocale } from '@/lib/i18n/locale-schema';
import { ZCurrency, ZMetadata, ZRedirectUrl } from '@/lib/sessions/checkout-schemas';
import { ZListParams } from '@/lib/objects/pagination';
import { ZApiLineItem } from '@/lib/sessions/api-line-item-schema';
import { ZApiPaymentIntentData } from '@/lib/sessions/payment-intent-data';
import { MAX_AMOUNT } from '@/lib/money/currencies';
import { linkPricingProblem } from './link-pricing-problem';

export const MAX_LINK_LINE_ITEMS = 20;
export const MAX_COMPLETED_LIMIT = 1_000_000;

const minorUnits = z
  .number()
  .int('must be a whole number of minor units')
  .positive('must be positive')
  .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);

export const ZApiCustomAmount = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(250, 'must be at most 250 characters')
    .describe('What the customer pays for (“Donation”, “Invoice 1042”); shown on the link page.'),
  minimum: minorUnits
    .optional()
    .describe('Smallest amount the customer may enter, in minor units. Default: the currency’s minimum charge.'),
  maximum: minorUnits
    .optional()
    .describe(`Largest amount the customer may enter, in minor units. Default: ${MAX_AMOUNT}.`),
  preset: minorUnits.optional().describe('The amount the field starts with, between minimum and maximum.'),
});

const ZCustomMessage = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

export const ZApiAfterCompletion = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({
        type: z.literal('hosted_confirmation'),
        hosted_confirmation: z
          .strictObject({
            custom_message: ZCustomMessage.optional().describe(
              'Shown on Tillpoint’s receipt page, under “Payment successful”.',
            ),
          })
          .optional(),
      }),
      z.strictObject({
        type: z.literal('redirect'),
        redirect: z.strictObject({
          url: ZRedirectUrl.describe(
            'Where the customer goes after paying; `{CHECKOUT_SESSION_ID}` and `{PAYMENT_ID}` are filled in. Must be on the account’s allowed_redirect_domains when set.',
          ),
        }),
      }),
    ],
    { error: 'type must be hosted_confirmation or redirect' },
  )
  .describe(
    'What the customer sees after paying: Tillpoint’s receipt with an optional message (default), or a redirect to your site.',
  );

export const ZApiRestrictions = z
  .strictObject({
    completed_sessions: z.strictObject({
      limit: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(MAX_COMPLETED_LIMIT, `must be at most ${MAX_COMPLETED_LIMIT}`),
    }),
  })
  .describe('Stop taking payments after `limit` completed checkouts; null removes the limit.');

/** The checkout options as a link takes them: on update, null removes one (the checkout stops asking for it). */
function removableOptions<S extends Record<string, z.ZodType>>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      schema.nullable().describe(`${schema.description ?? ''} On a link, null removes it.`.trim()),
    ]),
  ) as { [K in keyof S]: z.ZodNullable<S[K]> };
}

const shared = {
  after_completion: ZApiAfterCompletion.optional(),
  restrictions: ZApiRestrictions.nullable().optional(),
  inactive_message: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters')
    .nullable()
    .optional()
    .describe(
      'Shown on the link page when the link is inactive or its limit is reached; null for the default sentence.',
    ),
  three_d_secure_ui: z
    .enum(['modal', 'redirect'])
    .optional()
    .describe('How 3-D Secure is shown to customers: in a modal over the checkout, or by redirect. Default: modal.'),
  metadata: ZMetadata.optional().describe(
    'Up to 50 keys with string values; copied to each checkout session opened from the link. An update replaces it.',
  ),
  locale: ZCheckoutLocale.optional().describe(
    'Language of the link page and its checkouts: `auto` (default: the customer’s browser, or the link URL’s `locale` query parameter) or a supported tag (see checkout sessions).',
  ),
  allow_promotion_codes: z
    .boolean()
    .optional()
    .describe(
      'Shows a promotion code field on the link’s checkouts (copied to each session opened from the link). Default: false.',
    ),
  payment_intent_data: ZApiPaymentIntentData.optional().describe(
    'Passed to the PaymentIntent of each checkout opened from the link; an update applies to checkouts opened after it.',
  ),
  ...removableOptions(ZCheckoutOptions.shape),
};

const lineItems = z
  .array(ZApiLineItem)
  .min(1, 'must have at least one item')
  .max(MAX_LINK_LINE_ITEMS, `must have at most ${MAX_LINK_LINE_ITEMS} items`)
  .describe('Fixed-price items. Give either line_items or custom_amount.');
const customAmount = ZApiCustomAmount.describe(
  'A customer-chosen amount instead of line items (donations, invoices, tips).',
);

/** `POST /api/v1/payment_links`: fixed-price line items or a customer-chosen amount, in one currency. */
export const ZApiCreatePaymentLink = z
  .strictObject({
    line_items: lineItems.optional(),
    custom_amount: customAmount.optional(),
    currency: ZCurrency.describe('ISO 4217 code, lower or upper case (usd, eur, jpy, ...). Cannot be changed later.'),
    active: z
      .boolean()
      .optional()
      .describe('Default true. An inactive link shows its inactive_message and opens no checkout.'),
    ...shared,
  })
  .superRefine((input, ctx) => {
    if (input.line_items === undefined && input.custom_amount === undefined) {
      ctx.addIssue({
        code: 'invalid_type',
        expected: 'array',
        path: ['line_items'],
        message: 'Invalid input: expected array, received undefined',
      });
      return;
    }
    const problem = linkPricingProblem(input, input.currency);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

/** `POST /api/v1/payment_links/{id}`: every field optional; line_items or custom_amount replaces the pricing. */
export const ZApiUpdatePaymentLink = z.strictObject({
  active: z.boolean().optional().describe('false deactivates the link (links are never deleted); true reactivates it.'),
  line_items: lineItems.optional(),
  custom_amount: customAmount.optional(),
  ...shared,
});

export const ZApiListPaymentLinks = ZListParams.extend({
  active: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .describe('Only active (true) or inactive (false) links.'),
});

export type TApiCreatePaymentLink = z.input<typeof ZApiCreatePaymentLink>;
export type TApiUpdatePaymentLink = z.input<typeof ZApiUpdatePaymentLink>;
