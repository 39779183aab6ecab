import { ZApiCreatePaymentLink, ZApiListPaymentLinks, ZApiUpdatePaymentLink } from '@/lib/links/link-schemas';
import { listOf } from './openapi-examples';
import { registerOperation } from './openapi-registry';

const LINK = {
  id: 'plink_6Tq1Wm8Zr3Xc5Vb0Nk2Lp7Hd',
  object: 'payment_link',
  url: 'https://pay.example.com/l/Qx7Lm2Rt9Vb4Nc8Kw1Zp5Hs3',
  qr_code_url: 'https://pay.example.com/l/Qx7Lm2Rt9Vb4Nc8Kw1Zp5Hs3/qr.svg',
  active: true,
  inactive_message: 'Sold out, thank you! New batch in spring.',
  currency: 'usd',
  line_items: [
    {
      name: 'Walnut desk lamp',
      unit_amount: 4500,
      quantity: 1,
      amount_total: 4500,
      image_url: null,
      adjustable_quantity: { enabled: true, minimum: 1, maximum: 5 },
    },
  ],
  custom_amount: null,
  amount_total: 4500,
  after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'We ship within 2 days.' } },
  restrictions: { completed_sessions: { limit: 50, count: 12 } },
  three_d_secure_ui: 'modal',
  metadata: { sku: 'LAMP-W' },
  created: 1_790_000_000,
  updated: 1_790_000_000,
};
const CREATE = {
  line_items: [
    { name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1, adjustable_quantity: { enabled: true, maximum: 5 } },
  ],
  currency: 'usd',
  after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'We ship within 2 days.' } },
  restrictions: { completed_sessions: { limit: 50 } },
  inactive_message: 'Sold out, thank you! New batch in spring.',
  metadata: { sku: 'LAMP-W' },
};
const ID = { id: 'The payment link id (`plink_...`).' };
const LIMIT_RULE =
  'With `restrictions.completed_sessions.limit`, a customer can start paying only while completed sessions plus other customers’ payments still under way (waiting on 3-D Secure, processing, or on their way to the processor) are below the limit, so a limit of 1 sells once even when two customers pay at the same moment. Payments already under way may finish.';

registerOperation({
  method: 'post',
  path: '/api/v1/payment_links',
  tag: 'Payment links',
  summary: 'Create a payment link',
  description: `A reusable link (\`url\`, and \`qr_code_url\` for print) to a page showing what is sold, from whom and for how much; every customer who continues gets a checkout session of their own (\`payment_link\` on the session). Give fixed-price \`line_items\` or a \`custom_amount\` the customer chooses within bounds. The link’s URL takes \`prefilled_email\`, \`locale\` and \`client_reference_id\` query parameters (invalid ones are ignored). Each webhook-backed success counts in \`restrictions.completed_sessions.count\` and sends \`payment_link.completed\`, whose \`data.object\` is the checkout session. ${LIMIT_RULE}`,
  body: ZApiCreatePaymentLink,
  requestExample: CREATE,
  responseDescription: 'The new payment link.',
  responseExample: { ...LINK, restrictions: { completed_sessions: { limit: 50, count: 0 } } },
  errors: [
    'parameter_invalid',
    'parameter_missing',
    'parameter_unknown',
    'url_not_allowed',
    'invalid_json',
    'body_too_large',
  ],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payment_links',
  tag: 'Payment links',
  summary: 'List payment links',
  description: 'Newest first.',
  query: ZApiListPaymentLinks,
  responseDescription: 'A page of payment links.',
  responseExample: listOf('/api/v1/payment_links', LINK),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/payment_links/{id}',
  tag: 'Payment links',
  summary: 'Retrieve a payment link',
  pathParams: ID,
  responseDescription: 'The payment link, with its completed-session count.',
  responseExample: LINK,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/payment_links/{id}',
  tag: 'Payment links',
  summary: 'Update a payment link',
  description: `Links are never deleted: \`active: false\` deactivates one (its page then shows \`inactive_message\` and no new payment starts), \`active: true\` reactivates it. Given fields replace the old values (\`metadata\` too; \`restrictions: null\` removes the limit); \`line_items\` or \`custom_amount\` replaces the pricing. The currency cannot change. Checkout sessions already opened keep their items. ${LIMIT_RULE}`,
  pathParams: ID,
  body: ZApiUpdatePaymentLink,
  requestExample: { active: false, inactive_message: 'Sold out, thank you!' },
  responseDescription: 'The updated payment link.',
  responseExample: { ...LINK, active: false, inactive_message: 'Sold out, thank you!' },
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown', 'url_not_allowed'],
});
