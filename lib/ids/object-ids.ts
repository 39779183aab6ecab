/**
 * The shape of every Tillpoint id that can arrive in a URL, a form or a cursor: a type prefix and the 24
 * base62 characters `newId` makes. A value of another shape (a NUL character, a lone surrogate, a path
 * segment, another object's prefix) names nothing, so callers answer "not found" without a query.
 */
export const OBJECT_ID_PREFIXES = {
  merchant: 'mer',
  payment: 'pay',
  checkout_session: 'cs',
  payment_link: 'plink',
  api_key: 'key',
  webhook_endpoint: 'we',
  event: 'evt',
  refund: 'rfd',
  webhook_delivery: 'whd',
  coupon: 'coupon',
  promotion_code: 'promo',
} as const;

export type ObjectKind = keyof typeof OBJECT_ID_PREFIXES;

/** Prefixes of rows that never arrive from outside (no URL, form or cursor names them). */
export const INTERNAL_ID_PREFIXES = {
  user: 'usr',
  payment_attempt: 'att',
  line_item: 'li',
  payment_event: 'pev',
  payment_anomaly: 'pan',
  webhook_delivery_attempt: 'wha',
  discount_redemption: 'dred',
} as const;

/** Every prefix `newId` may be given: one table for all of Tillpoint's ids. */
export type IdPrefix =
  (typeof OBJECT_ID_PREFIXES)[ObjectKind] | (typeof INTERNAL_ID_PREFIXES)[keyof typeof INTERNAL_ID_PREFIXES];

const PATTERNS = Object.fromEntries(
  Object.entries(OBJECT_ID_PREFIXES).map(([kind, prefix]) => [kind, new RegExp(`^${prefix}_[0-9A-Za-z]{24}$`)]),
) as Record<ObjectKind, RegExp>;

/** Payment-link slugs are `randomToken(24)`: base62 without a prefix. */
const SLUG = /^[0-9A-Za-z]{24}$/;

export function isObjectId(kind: ObjectKind, value: unknown): value is string {
  return typeof value === 'string' && PATTERNS[kind].test(value);
}

export function isLinkSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

/** An id as it may be echoed in an error message: printable, well-formed and short. */
export function printableId(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .toWellFormed()
    .slice(0, 100);
}

/** How messages name each kind of object ("No such payment link: ..."). */
export const OBJECT_NAMES: Record<ObjectKind, string> = {
  merchant: 'merchant',
  payment: 'payment',
  checkout_session: 'checkout session',
  payment_link: 'payment link',
  api_key: 'API key',
  webhook_endpoint: 'webhook endpoint',
  event: 'event',
  refund: 'refund',
  webhook_delivery: 'webhook delivery',
  coupon: 'coupon',
  promotion_code: 'promotion code',
};
