import { ZListParams } from '@/lib/objects/pagination';
import { registerOperation } from './openapi-registry';
import {
  EXAMPLE_ACCOUNT,
  EXAMPLE_API_KEY,
  EXAMPLE_CREATE_SESSION,
  EXAMPLE_EXPIRED_SESSION,
  EXAMPLE_PAYMENT,
  EXAMPLE_SESSION,
  listOf,
  SECRET_NOT_REPLAYED,
} from './openapi-examples';
import { ZApiUpdateAccount } from './schemas/account-schemas';
import { ZApiCreateApiKey, ZApiRollApiKey } from './schemas/api-key-schemas';
import { ZApiCreateCheckoutSession, ZApiListCheckoutSessions } from './schemas/checkout-session-schemas';
import { ZEmptyBody } from './schemas/empty-body';
import { ZApiListPayments } from './schemas/payment-schemas';

const SECRET = 'sk_test_••••••••••••••••••••••••••••••••';

registerOperation({
  method: 'post',
  path: '/api/v1/checkout/sessions',
  tag: 'Checkout sessions',
  summary: 'Create a checkout session',
  description:
    'Creates a session the customer pays on Tillpoint’s hosted page (`url`), or with `ui_mode: embedded` in a frame on your own site (`Tillpoint.mount(element, { session: id })` from `/embed.js`; only `embed_origin` may frame it). The total is computed from the line items, less one discount. A line item with `adjustable_quantity: { enabled: true, minimum, maximum }` gets −/+ buttons on the checkout page: the customer changes its quantity within those bounds (defaults 0 and 99, at most 999999; the starting `quantity` must lie within them), the server recomputes `amount_total` and the PaymentIntent is charged the new total. Discounts: `discounts: [{ coupon }]` or `[{ promotion_code }]` applies one up front (refused with `param` when it does not apply: expired, used up, another currency, minimum not met, first-time only), or `allow_promotion_codes: true` lets the customer type a code on the page (not both). `amount_subtotal`, `total_details.amount_discount`, `discounts` and `amount_total` show the result; a total of 0 completes without a card. `success_url` and `cancel_url` must be on the account’s `allowed_redirect_domains` when that list is set. To authorize the card now and charge it later, add `"payment_intent_data": { "capture_method": "manual" }`: the payment ends `authorized` (`payment.authorized`), the customer is told their card was authorised, and you capture or cancel it with `POST /api/v1/payments/{id}/capture` or `/cancel`. With `after_expiration.recovery.enabled`, a session that expires unpaid while the customer’s email is known gets a recovery URL (in `checkout.session.expired` and on the session): it opens a page where the customer continues to a new session with the same items, email and settings (`recovered_from` names the expired one), once, for 30 days.',
  body: ZApiCreateCheckoutSession,
  requestExample: EXAMPLE_CREATE_SESSION,
  responseDescription: 'The new checkout session.',
  responseExample: EXAMPLE_SESSION,
  errors: [
    'parameter_invalid',
    'parameter_missing',
    'parameter_unknown',
    'url_not_allowed',
    'embedding_not_enabled',
    'embed_origin_not_allowed',
    'invalid_json',
    'body_too_large',
  ],
});
registerOperation({
  method: 'get',
  path: '/api/v1/checkout/sessions',
  tag: 'Checkout sessions',
  summary: 'List checkout sessions',
  description: 'Newest first.',
  query: ZApiListCheckoutSessions,
  responseDescription: 'A page of checkout sessions.',
  responseExample: listOf('/api/v1/checkout/sessions', EXAMPLE_SESSION),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/checkout/sessions/{id}',
  tag: 'Checkout sessions',
  summary: 'Retrieve a checkout session',
  pathParams: { id: 'The checkout session id (`cs_...`).' },
  responseDescription: 'The checkout session.',
  responseExample: EXAMPLE_SESSION,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/checkout/sessions/{id}/expire',
  tag: 'Checkout sessions',
  summary: 'Expire a checkout session',
  description:
    'Expires an open session now: the hosted page stops accepting payments and a PaymentIntent waiting on the customer is canceled. A session whose payment the processor is already handling cannot be expired.',
  pathParams: { id: 'The checkout session id (`cs_...`).' },
  body: ZEmptyBody,
  responseDescription:
    'The expired checkout session; with `after_expiration.recovery.enabled` and a known customer email, its `after_expiration.recovery.url`.',
  responseExample: EXAMPLE_EXPIRED_SESSION,
  errors: ['resource_missing', 'invalid_state'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payments',
  tag: 'Payments',
  summary: 'List payments',
  description: 'Newest first; without timelines.',
  query: ZApiListPayments,
  responseDescription: 'A page of payments.',
  responseExample: listOf('/api/v1/payments', { ...EXAMPLE_PAYMENT, timeline: undefined }),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payments/{id}',
  tag: 'Payments',
  summary: 'Retrieve a payment',
  description: 'With its timeline: every status change and what caused it.',
  pathParams: { id: 'The payment id (`pay_...`).' },
  responseDescription: 'The payment.',
  responseExample: EXAMPLE_PAYMENT,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payments/{id}/action_url',
  tag: 'Payments',
  summary: 'Get the 3-D Secure action URL',
  description:
    'For a payment in `requires_action`: a hosted page where the customer completes 3-D Secure, then lands on the payment’s status page. The link is signed and expires after an hour.',
  pathParams: { id: 'The payment id (`pay_...`).' },
  responseDescription: 'The action URL.',
  responseExample: {
    object: 'action_url',
    payment: EXAMPLE_PAYMENT.id,
    url: `https://pay.example.com/pay/${EXAMPLE_PAYMENT.id}/action?token=1790003600.Zx...`,
    expires_at: 1_790_003_600,
  },
  errors: ['resource_missing', 'payment_not_requires_action'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/api_keys',
  tag: 'API keys',
  summary: 'Create an API key',
  description: `The \`secret\` is in this response only; Tillpoint stores a hash. ${SECRET_NOT_REPLAYED}`,
  body: ZApiCreateApiKey,
  requestExample: { name: 'Production server' },
  responseDescription: 'The new key with its secret.',
  responseExample: { ...EXAMPLE_API_KEY, secret: SECRET, last_used: null },
});
registerOperation({
  method: 'get',
  path: '/api/v1/api_keys',
  tag: 'API keys',
  summary: 'List API keys',
  query: ZListParams,
  responseDescription: 'A page of keys (never their secrets).',
  responseExample: listOf('/api/v1/api_keys', EXAMPLE_API_KEY),
});
registerOperation({
  method: 'post',
  path: '/api/v1/api_keys/{id}/roll',
  tag: 'API keys',
  summary: 'Roll an API key',
  description: `Creates a new key (with the old key’s \`name\`) and revokes the old one, at once or after \`expires_in\` seconds (at most 7 days) so deployments can switch over. ${SECRET_NOT_REPLAYED}`,
  pathParams: { id: 'The key id (`key_...`).' },
  body: ZApiRollApiKey,
  requestExample: { expires_in: 3600 },
  responseDescription: 'The new key with its secret.',
  responseExample: { ...EXAMPLE_API_KEY, secret: SECRET, last_used: null },
  errors: ['resource_missing', 'invalid_state'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/api_keys/{id}/revoke',
  tag: 'API keys',
  summary: 'Revoke an API key',
  description:
    'Revokes a key at once; requests with it then get 401. A key cannot revoke itself (use another key, or roll it).',
  pathParams: { id: 'The key id (`key_...`).' },
  body: ZEmptyBody,
  responseDescription: 'The revoked key.',
  responseExample: { ...EXAMPLE_API_KEY, revoked_at: 1_790_007_200 },
  errors: ['resource_missing', 'invalid_state', 'cannot_revoke_current_key'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/account',
  tag: 'Account',
  summary: 'Retrieve the account',
  responseDescription: 'The merchant’s settings.',
  responseExample: EXAMPLE_ACCOUNT,
});
registerOperation({
  method: 'post',
  path: '/api/v1/account',
  tag: 'Account',
  summary: 'Update the account',
  description:
    'A given list replaces the old one. When `allowed_redirect_domains` is not empty, checkout redirect URLs must be on one of these hosts or their subdomains (localhost is always allowed in test mode). `allowed_embed_origins` are the exact origins whose pages may frame embedded checkouts; empty turns embedding off.',
  body: ZApiUpdateAccount,
  requestExample: { allowed_redirect_domains: ['shop.example.com'] },
  responseDescription: 'The updated settings.',
  responseExample: EXAMPLE_ACCOUNT,
  errors: ['parameter_invalid', 'parameter_unknown'],
});
