import { z } from 'zod';
import { isHttpsOrLocal } from '@/lib/http/local-hosts';
import { ZCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { amountStepProblem, isSupportedCurrency, MAX_AMOUNT, minimumAmount } from '@/lib/money/currencies';
import { quantityOutsideBounds, ZQuantityBounds } from '@/lib/line-items/adjustable-quantity';

const TEMPLATES = /\{(PAYMENT_ID|CHECKOUT_SESSION_ID)\}/g;

/** Parses a merchant URL that may hold `{PAYMENT_ID}` / `{CHECKOUT_SESSION_ID}`; null when it is not a URL. */
export function parseTemplatedUrl(value: string): URL | null {
  try {
    return new URL(value.replace(TEMPLATES, 'template'));
  } catch {
    return null;
  }
}

/** True for https URLs, and for plain http only on localhost (development). Templates are allowed. */
export function isAllowedRedirectUrl(value: string): boolean {
  const url = parseTemplatedUrl(value);
  return url !== null && !url.username && !url.password && isHttpsOrLocal(url);
}

export const ZRedirectUrl = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .refine(isAllowedRedirectUrl, 'must be an https URL (plain http only for localhost)');

export const ZLineItem = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(250, 'must be at most 250 characters'),
  unitAmount: z.number().int('must be a whole number of minor units').positive('must be positive').max(MAX_AMOUNT),
  quantity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(999, 'must be at most 999'),
  imageUrl: ZRedirectUrl.optional(),
  /** Bounds within which the customer may change `quantity` on the page; absent for a fixed quantity. */
  adjustableQuantity: ZQuantityBounds.nullable().optional(),
});

export const MAX_METADATA_KEYS = 50;

export const ZMetadata = z
  .record(
    z.string().min(1, 'keys must not be empty').max(40, 'keys must be at most 40 characters'),
    z.string().max(500, 'values must be at most 500 characters'),
  )
  .refine((value) => Object.keys(value).length <= MAX_METADATA_KEYS, `must have at most ${MAX_METADATA_KEYS} keys`);

export const ZCurrency = z
  .string()
  .transform((value) => value.toLowerCase())
  .refine(isSupportedCurrency, 'is not a supported currency');

export const ZLocale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or fr-CA');

export const MIN_EXPIRY_SECONDS = 30 * 60;
export const MAX_EXPIRY_SECONDS = 24 * 60 * 60;

export const ZCreateCheckoutSession = z
  .object({
    merchantId: z.string().min(1),
    lineItems: z.array(ZLineItem).min(1, 'must have at least one item').max(100, 'must have at most 100 items'),
    currency: ZCurrency,
    customerEmail: z.email('must be an email address').max(254).optional(),
    /** Omitted for sessions that end on Tillpoint's own confirmation (`completionMessage`) or tell an embedding page instead (`uiMode: embedded`). */
    successUrl: ZRedirectUrl.optional(),
    cancelUrl: ZRedirectUrl.optional(),
    completionMessage: z.string().max(1000).optional(),
    paymentLinkId: z.string().min(1).optional(),
    /** `uiMode: embedded` only: the exact origin (one of the merchant's allowed embed origins) that frames it. */
    embedOrigin: z.url().optional(),
    threeDSecureUi: z.enum(['modal', 'redirect']).default('modal'),
    uiMode: z.enum(['hosted', 'embedded']).default('hosted'),
    locale: ZLocale.optional(),
    /** What the checkout asks the customer for (billing address, phone, shipping countries, business name, submit type). */
    checkoutOptions: ZCheckoutOptions.default({}),
    /** `payment_intent_data.capture_method`: `manual` authorizes now and leaves the charge to a capture. */
    captureMethod: z.enum(['automatic', 'manual']).default('automatic'),
    clientReferenceId: z.string().max(200).optional(),
    metadata: ZMetadata.default({}),
    /** `allow_promotion_codes`: the page shows a promotion code field. */
    allowPromotionCodes: z.boolean().default(false),
    /** One discount applied up front (lib/discounts checks it against the items and currency). */
    discount: z
      .union([z.object({ coupon: z.string().max(100) }), z.object({ promotionCode: z.string().max(100) })])
      .optional(),
    /** `after_expiration.recovery`: whether the session gets a recovery URL when it expires with a known email. */
    recovery: z.object({ enabled: z.boolean(), allowPromotionCodes: z.boolean() }).optional(),
    /** The expired session this one recovers (Stripe's `recovered_from`). */
    recoveredFromId: z.string().min(1).optional(),
    /** Seconds from now; 30 minutes to 24 hours. */
    expiresInSeconds: z.number().int().min(MIN_EXPIRY_SECONDS).max(MAX_EXPIRY_SECONDS).default(MAX_EXPIRY_SECONDS),
  })
  .superRefine((input, ctx) => {
    for (const { index, message } of unitAmountProblems(input.lineItems, input.currency)) {
      ctx.addIssue({ code: 'custom', path: ['lineItems', index, 'unitAmount'], message });
    }
    const problem = totalProblem(input.lineItems, input.currency);
    if (problem) ctx.addIssue({ code: 'custom', path: ['lineItems'], message: problem });
    input.lineItems.forEach((item, index) => {
      const outside = quantityOutsideBounds(item.quantity, item.adjustableQuantity ?? null);
      if (outside) ctx.addIssue({ code: 'custom', path: ['lineItems', index, 'quantity'], message: outside });
    });
    if ((input.uiMode === 'embedded') !== (input.embedOrigin !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['embedOrigin'],
        message: 'an embedded session needs an embed origin, and only an embedded one has one',
      });
    }
  });

/** Unit amounts Stripe would refuse in `currency` (KWD 12.345, HUF 12.34), by line item index. */
export function unitAmountProblems(
  lineItems: { unitAmount: number }[],
  currency: string,
): { index: number; message: string }[] {
  return lineItems.flatMap((item, index) => {
    const message = amountStepProblem(item.unitAmount, currency);
    return message ? [{ index, message }] : [];
  });
}

/** Why a session's total is out of the currency's limits, or null when it is within them. */
export function totalProblem(lineItems: { unitAmount: number; quantity: number }[], currency: string): string | null {
  const total = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  if (total > MAX_AMOUNT) return `total must be at most ${MAX_AMOUNT} minor units`;
  if (total < minimumAmount(currency))
    return `total must be at least ${minimumAmount(currency)} minor units of ${currency}`;
  return null;
}

export type TCreateCheckoutSession = z.input<typeof ZCreateCheckoutSession>;
