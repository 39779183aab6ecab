import { listOf } from './openapi-examples';
import { registerOperation } from './openapi-registry';
import {
  ZApiCreateCoupon,
  ZApiCreatePromotionCode,
  ZApiListCoupons,
  ZApiListPromotionCodes,
  ZApiUpdateCoupon,
  ZApiUpdatePromotionCode,
} from './schemas/discount-schemas';

const COUPON = {
  id: 'coupon_7Hq2Lm9Zr3Xc5Vb0Nk2Lp7Hd',
  object: 'coupon',
  name: 'Spring sale',
  percent_off: 25,
  amount_off: null,
  currency: null,
  duration: 'once',
  max_redemptions: 100,
  redeem_by: 1_795_000_000,
  applies_to: { line_item_names: [], payment_links: [] },
  minimum_amount: null,
  minimum_amount_currency: null,
  times_redeemed: 12,
  times_held: 1,
  valid: true,
  metadata: {},
  created: 1_790_000_000,
};
const CODE = {
  id: 'promo_2Wx8Kd4Lq0Vn5Xb7Tz1Rw4Yp',
  object: 'promotion_code',
  code: 'SPRING25',
  coupon: COUPON,
  active: true,
  max_redemptions: null,
  expires_at: null,
  restrictions: { first_time_transaction: true, minimum_amount: 2000, minimum_amount_currency: 'usd' },
  times_redeemed: 12,
  times_held: 1,
  metadata: {},
  created: 1_790_000_000,
};
const REDEMPTIONS =
  'A redemption is **held** while a payment with the discount is under way (from Pay until it succeeds or fails), **counted** (`times_redeemed`) when it succeeds, and given back when it fails or its checkout expires. `times_held + times_redeemed` never exceeds `max_redemptions`: customers racing for the last redemption get exactly one payment with the discount; the others are told the code is used up.';
const CREATE_ERRORS = ['parameter_invalid', 'parameter_missing', 'parameter_unknown', 'invalid_json', 'body_too_large'];

registerOperation({
  method: 'post',
  path: '/api/v1/coupons',
  tag: 'Coupons',
  summary: 'Create a coupon',
  description: `A discount: \`percent_off\` (above 0, at most 100, two decimals) **or** \`amount_off\` with its \`currency\`. Percentages round half up to the currency’s chargeable unit (1 for usd and jpy, 10 fils for kwd, whole forints for huf) on the eligible subtotal; a fixed amount is capped at it, so a total is never negative. A coupon whose discount leaves 0 completes its checkout without a card. Customers use coupons through promotion codes; a checkout session can apply one directly with \`discounts: [{ coupon }]\`. ${REDEMPTIONS}`,
  body: ZApiCreateCoupon,
  requestExample: { name: 'Spring sale', percent_off: 25, max_redemptions: 100, redeem_by: 1_795_000_000 },
  responseDescription: 'The new coupon.',
  responseExample: { ...COUPON, times_redeemed: 0, times_held: 0 },
  errors: [...CREATE_ERRORS, 'resource_missing'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/coupons',
  tag: 'Coupons',
  summary: 'List coupons',
  description: 'Newest first.',
  query: ZApiListCoupons,
  responseDescription: 'A page of coupons.',
  responseExample: listOf('/api/v1/coupons', COUPON),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/coupons/{id}',
  tag: 'Coupons',
  summary: 'Retrieve a coupon',
  pathParams: { id: 'The coupon id (`coupon_...`).' },
  responseDescription: 'The coupon with its redemption counts.',
  responseExample: COUPON,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/coupons/{id}',
  tag: 'Coupons',
  summary: 'Update or deactivate a coupon',
  description:
    'Stripe deletes coupons; Tillpoint keeps them because checkouts and payments name them. `valid: false` deactivates a coupon for good: none of its promotion codes applies any more, and a checkout showing it cannot start a payment with it (payments already under way finish). `name` and `metadata` may change; the terms never do.',
  pathParams: { id: 'The coupon id (`coupon_...`).' },
  body: ZApiUpdateCoupon,
  requestExample: { valid: false },
  responseDescription: 'The updated coupon.',
  responseExample: { ...COUPON, valid: false },
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/promotion_codes',
  tag: 'Promotion codes',
  summary: 'Create a promotion code',
  description: `A code customers type on a checkout that has \`allow_promotion_codes: true\` (or that you apply with \`discounts: [{ promotion_code }]\`). Codes are case-insensitive and unique per account. \`restrictions.first_time_transaction\` limits it to emails without a succeeded payment with you; \`restrictions.minimum_amount\` to checkouts whose subtotal reaches it. ${REDEMPTIONS}`,
  body: ZApiCreatePromotionCode,
  requestExample: {
    coupon: COUPON.id,
    code: 'SPRING25',
    restrictions: { first_time_transaction: true, minimum_amount: 2000, minimum_amount_currency: 'usd' },
  },
  responseDescription: 'The new promotion code, its coupon expanded.',
  responseExample: { ...CODE, times_redeemed: 0, times_held: 0 },
  errors: [...CREATE_ERRORS, 'resource_missing', 'invalid_state'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/promotion_codes',
  tag: 'Promotion codes',
  summary: 'List promotion codes',
  description: 'Newest first; `code` finds one by its text, whatever its case.',
  query: ZApiListPromotionCodes,
  responseDescription: 'A page of promotion codes.',
  responseExample: listOf('/api/v1/promotion_codes', CODE),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/promotion_codes/{id}',
  tag: 'Promotion codes',
  summary: 'Retrieve a promotion code',
  pathParams: { id: 'The promotion code id (`promo_...`).' },
  responseDescription: 'The promotion code, its coupon expanded.',
  responseExample: CODE,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/promotion_codes/{id}',
  tag: 'Promotion codes',
  summary: 'Deactivate or reactivate a promotion code',
  description:
    '`active: false` deactivates the code: customers who type it are told it is not valid, and checkouts that applied it cannot start a payment with it. `active: true` reactivates it.',
  pathParams: { id: 'The promotion code id (`promo_...`).' },
  body: ZApiUpdatePromotionCode,
  requestExample: { active: false },
  responseDescription: 'The updated promotion code.',
  responseExample: { ...CODE, active: false },
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown'],
});
