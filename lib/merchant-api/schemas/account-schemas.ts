import { z } from 'zod';
import { isExactOrigin } from '@/lib/embed/exact-origin';
import { HOST_NAME } from '@/lib/http/host-name';
import { BRAND_COLOR_PATTERN } from '@/lib/merchants/brand-theme';

export const ZRedirectDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(HOST_NAME, 'must be a host name such as shop.example.com (no scheme, port or path)');

const ORIGIN_MESSAGE =
  'must be an exact origin such as https://shop.example.com (https only; http only for localhost; no path, no wildcard)';

/** An exact origin allowed to frame embedded checkouts, stored as the URL parser spells it (lower-case host). */
export const ZEmbedOrigin = z
  .string()
  .trim()
  .max(300, 'must be at most 300 characters')
  .refine(isExactOrigin, ORIGIN_MESSAGE)
  .transform((value) => new URL(value).origin);

export const ZBrandColor = z
  .string()
  .trim()
  .toLowerCase()
  .regex(BRAND_COLOR_PATTERN, 'must be a colour such as #3b55e6');

export const ZApiUpdateAccount = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
  allowed_redirect_domains: z
    .array(ZRedirectDomain)
    .max(50, 'must have at most 50 domains')
    .optional()
    .describe('Hosts success_url and cancel_url may point to (the host itself or a subdomain). Empty: any https host.'),
  allowed_embed_origins: z
    .array(ZEmbedOrigin)
    .max(20, 'must have at most 20 origins')
    .optional()
    .describe(
      'Exact origins (https://shop.example.com; http only for localhost) allowed to frame embedded checkouts. Empty: embedding is off.',
    ),
  terms_of_service_url: z
    .url({ protocol: /^https$/, error: 'must be an https URL' })
    .max(2048, 'must be at most 2048 characters')
    .nullable()
    .optional()
    .describe(
      'Your terms of service (https), linked from the checkout when a session has `consent_collection.terms_of_service: required`; null removes it.',
    ),
  brand_color: ZBrandColor.nullable()
    .optional()
    .describe('Accent colour of the hosted page, payment link page and embed, as #rrggbb; null for Tillpoint’s blue.'),
});
