import { z } from 'zod';
import {
  MAX_EXPIRY_SECONDS,
  MIN_EXPIRY_SECONDS,
  totalProblem,
  unitAmountProblems,
  ZCurrency,
  ZMetadata,
  ZRedirectUrl,
  type TCreateCheckoutSession,
} from '@/lib/sessions/checkout-schemas';
import { ZListParams } from '@/lib/objects/pagination';
import { ZApiLineItem } from '@/lib/sessions/api-line-item-schema';
import { quantityBounds } from '@/lib/line-items/adjustable-quantity';
import { ZCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { ZCheckoutLocale } from '@/lib/i18n/locale-schema';
import { ZApiPaymentIntentData } from '@/lib/sessions/payment-intent-data';
import { ZEmbedOrigin } from './account-schemas';
import { ZApiDiscounts } from './session-discount-schema';
import { ZAfterExpiration } from './after-expiration-schema';

/** Clock slack allowed on `expires_at` bounds, for the time a request spends in transit. */
const EXPIRY_SLACK_SECONDS = 60;

/** `POST /api/v1/checkout/sessions`: the same rules as the hosted checkout's own sessions, in the API's snake_case. */
export const ZApiCreateCheckoutSession = z
  .strictObject({
    line_items: z.array(ZApiLineItem).min(1, 'must have at least one item').max(100, 'must have at most 100 items'),
    currency: ZCurrency.describe('ISO 4217 code, lower or upper case (usd, eur, jpy, ...).'),
    success_url: ZRedirectUrl.optional().describe(
      'Where the customer goes after paying. `{CHECKOUT_SESSION_ID}` and `{PAYMENT_ID}` are filled in. Required unless `ui_mode` is `embedded`: an embedded checkout tells your page (`succeeded`) instead of navigating.',
    ),
    cancel_url: ZRedirectUrl.optional().describe('Where the customer goes when they leave the checkout.'),
    customer_email: z.email('must be an email address').max(254).optional(),
    client_reference_id: z
      .string()
      .max(200, 'must be at most 200 characters')
      .optional()
      .describe('Your own reference (order id, ...).'),
    metadata: ZMetadata.optional().describe(
      'Up to 50 keys (at most 40 characters) with string values (at most 500 characters).',
    ),
    expires_at: z
      .number()
      .int('must be a whole number of seconds')
      .refine((value) => {
        const now = Date.now() / 1000;
        return (
          value >= now + MIN_EXPIRY_SECONDS - EXPIRY_SLACK_SECONDS &&
          value <= now + MAX_EXPIRY_SECONDS + EXPIRY_SLACK_SECONDS
        );
      }, 'must be between 30 minutes and 24 hours from now')
      .optional()
      .describe('Unix seconds; 30 minutes to 24 hours from now. Default: 24 hours.'),
    three_d_secure_ui: z
      .enum(['modal', 'redirect'])
      .optional()
      .describe('How 3-D Secure is shown: in a modal over the checkout, or by redirect. Default: modal.'),
    ui_mode: z
      .enum(['hosted', 'embedded'])
      .optional()
      .describe(
        '`hosted`: the customer pays on Tillpoint’s page (`url`). `embedded`: in a frame on your own site, mounted with `/embed.js`; needs `allowed_embed_origins` on the account. Default: hosted.',
      ),
    embed_origin: ZEmbedOrigin.optional().describe(
      'With `ui_mode: embedded`: the exact origin of your page that frames the checkout (`https://shop.example.com`), one of the account’s `allowed_embed_origins`. Only that origin may display it and receive its messages. Default: the only allowed origin, when there is exactly one.',
    ),
    locale: ZCheckoutLocale.optional().describe(
      'Language of every page the customer sees (checkout, 3-D Secure, receipt, embedded checkout) and of the card fields: `auto` (the default) picks the best match for the customer’s browser (`Accept-Language`, e.g. `es-ES` → `es`, `pt-PT` → `pt`, unsupported → `en`); or one of `en`, `de`, `fr`, `es`, `it`, `nl`, `pt-BR`, `pt`, `pl`, `sv`, `da`, `fi`, `nb`, `cs`, `ja`, `ar` (right to left).',
    ),
    payment_intent_data: ZApiPaymentIntentData.optional(),
    after_expiration: ZAfterExpiration.optional(),
    ...ZCheckoutOptions.shape,
    allow_promotion_codes: z
      .boolean()
      .optional()
      .describe(
        'Shows a promotion code field on the checkout page: the customer may apply one of your active promotion codes. Not together with `discounts`.',
      ),
    discounts: ZApiDiscounts.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.allow_promotion_codes && input.discounts?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['discounts'],
        message: 'give allow_promotion_codes or discounts, not both',
      });
    const items = input.line_items.map((item) => ({ unitAmount: item.unit_amount, quantity: item.quantity }));
    for (const { index, message } of unitAmountProblems(items, input.currency)) {
      ctx.addIssue({ code: 'custom', path: ['line_items', index, 'unit_amount'], message });
    }
    const problem = totalProblem(items, input.currency);
    if (problem) ctx.addIssue({ code: 'custom', path: ['line_items'], message: problem });
    const embedded = input.ui_mode === 'embedded';
    if (!embedded && input.success_url === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['success_url'],
        message: 'required unless ui_mode is embedded',
        params: { missing: true },
      });
    }
    if (!embedded && input.embed_origin !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['embed_origin'], message: 'applies only with ui_mode embedded' });
    }
    if (embedded && input.after_expiration?.recovery.enabled) {
      ctx.addIssue({
        code: 'custom',
        path: ['after_expiration', 'recovery', 'enabled'],
        message: 'applies only to hosted sessions: a recovery URL opens Tillpoint’s hosted page, not your site’s frame',
      });
    }
  });

export type TApiCreateCheckoutSession = z.infer<typeof ZApiCreateCheckoutSession>;

function toDiscountRef(discount: { coupon?: string; promotion_code?: string } | undefined) {
  if (discount?.coupon !== undefined) return { coupon: discount.coupon };
  if (discount?.promotion_code !== undefined) return { promotionCode: discount.promotion_code };
  return undefined;
}

/** The domain input for `createCheckoutSession`; `embedOrigin` is the one resolved against the account. */
export function toCreateCheckoutSession(
  input: TApiCreateCheckoutSession,
  merchantId: string,
  now = new Date(),
  embedOrigin?: string,
): TCreateCheckoutSession {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const expiresIn = input.expires_at === undefined ? MAX_EXPIRY_SECONDS : input.expires_at - nowSeconds;
  return {
    merchantId,
    lineItems: input.line_items.map((item) => ({
      name: item.name,
      unitAmount: item.unit_amount,
      quantity: item.quantity,
      imageUrl: item.image_url,
      adjustableQuantity: quantityBounds(item.adjustable_quantity),
    })),
    currency: input.currency,
    customerEmail: input.customer_email,
    successUrl: input.success_url,
    cancelUrl: input.cancel_url,
    threeDSecureUi: input.three_d_secure_ui,
    uiMode: input.ui_mode,
    embedOrigin,
    locale: input.locale === 'auto' ? undefined : input.locale,
    checkoutOptions: {
      billing_address_collection: input.billing_address_collection,
      phone_number_collection: input.phone_number_collection,
      shipping_address_collection: input.shipping_address_collection,
      name_collection: input.name_collection,
      submit_type: input.submit_type,
      custom_fields: input.custom_fields,
      custom_text: input.custom_text,
      consent_collection: input.consent_collection,
    },
    captureMethod: input.payment_intent_data?.capture_method,
    clientReferenceId: input.client_reference_id,
    metadata: input.metadata,
    allowPromotionCodes: input.allow_promotion_codes ?? false,
    discount: toDiscountRef(input.discounts?.[0]),
    recovery: input.after_expiration && {
      enabled: input.after_expiration.recovery.enabled,
      allowPromotionCodes: input.after_expiration.recovery.allow_promotion_codes ?? false,
    },
    expiresInSeconds: Math.min(MAX_EXPIRY_SECONDS, Math.max(MIN_EXPIRY_SECONDS, expiresIn)),
  };
}

export const ZApiListCheckoutSessions = ZListParams.extend({
  status: z.enum(['open', 'complete', 'expired']).optional().describe('Only sessions with this status.'),
  payment_link: z.string().max(100).optional().describe('Only sessions opened from this payment link (`plink_...`).'),
});

/** Kept here too: other modules import it from this file. */
export { ZEmptyBody } from './empty-body';
