import { EVENT_TYPES } from '@/lib/merchant-webhooks/event-types';
import { EXAMPLE_PAYMENT, listOf, SECRET_NOT_REPLAYED } from './openapi-examples';
import { ZListParams } from '@/lib/objects/pagination';
import { registerOperation } from './openapi-registry';
import { ZEmptyBody } from './schemas/checkout-session-schemas';
import {
  ZCreateWebhookEndpoint,
  ZListDeliveries,
  ZListEvents,
  ZRedeliverEvent,
  ZUpdateWebhookEndpoint,
} from './schemas/webhook-schemas';

const ENDPOINT = {
  id: 'we_2Hc9Qm4Tx7Vb1Lp8Zr5Nk3Wd',
  object: 'webhook_endpoint',
  url: 'https://shop.example.com/webhooks/tillpoint',
  description: 'Order fulfilment',
  enabled_events: ['payment.succeeded', 'checkout.session.completed'],
  enabled: true,
  status: 'enabled',
  disabled_reason: null,
  failing_since: null,
  created: 1_790_000_000,
};
const SECRET = 'whsec_••••••••••••••••••••••••••••••••••••••••••••';
const EVENT = {
  id: 'evt_7Gk2Mw9Qx4Tb1Nr6Vp3Lz8Jc',
  object: 'event',
  type: 'payment.succeeded',
  created: 1_790_000_300,
  data: { object: EXAMPLE_PAYMENT },
};
const DELIVERY = {
  id: 'whd_5Rt8Kx2Qm7Vb4Nz1Lp9Wc3Hd',
  object: 'webhook_delivery',
  event: EVENT.id,
  event_type: EVENT.type,
  endpoint: ENDPOINT.id,
  status: 'succeeded',
  attempt_count: 2,
  next_attempt_at: null,
  delivered_at: 1_790_000_306,
  created: 1_790_000_300,
  attempts: [
    {
      attempted_at: 1_790_000_300,
      status_code: 503,
      latency_ms: 87,
      response_excerpt: 'upstream unavailable',
      response_headers: { 'content-type': 'text/plain' },
      error: 'HTTP 503',
    },
    {
      attempted_at: 1_790_000_306,
      status_code: 200,
      latency_ms: 41,
      response_excerpt: 'ok',
      response_headers: { 'content-type': 'text/plain', 'content-length': '2' },
      error: null,
    },
  ],
};
const ID = { id: 'The webhook endpoint id (`we_...`).' };
const SIGNING =
  'Every delivery is a POST of the event as JSON, signed per Standard Webhooks (`webhook-id` = the event id, `webhook-timestamp`, `webhook-signature`); verify it with the `standardwebhooks` library and the endpoint’s secret. Any 2xx within 10 s counts as delivered; otherwise Tillpoint retries with exponential backoff and jitter for about 3 days. Each endpoint receives its events in order: the next is sent once the previous one succeeded or was given up. An endpoint whose deliveries all fail for 3 days is disabled.';

registerOperation({
  method: 'post',
  path: '/api/v1/webhook_endpoints',
  tag: 'Webhook endpoints',
  summary: 'Create a webhook endpoint',
  description: `Subscribes a URL (https to a public host; http and local or private addresses only where the operator allows local receivers, never in live mode for http; at most 16 endpoints per merchant) to event types or \`*\`: ${EVENT_TYPES.join(', ')}. The signing \`secret\` is in this response only; Tillpoint stores it encrypted. ${SECRET_NOT_REPLAYED} ${SIGNING}`,
  body: ZCreateWebhookEndpoint,
  requestExample: { url: ENDPOINT.url, enabled_events: ENDPOINT.enabled_events, description: ENDPOINT.description },
  responseDescription: 'The new endpoint with its signing secret.',
  responseExample: { ...ENDPOINT, secret: SECRET },
  errors: ['parameter_invalid', 'parameter_missing', 'parameter_unknown', 'endpoint_limit_reached', 'invalid_json'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/webhook_endpoints',
  tag: 'Webhook endpoints',
  summary: 'List webhook endpoints',
  query: ZListParams,
  responseDescription: 'A page of endpoints (never their secrets).',
  responseExample: listOf('/api/v1/webhook_endpoints', ENDPOINT),
});
registerOperation({
  method: 'get',
  path: '/api/v1/webhook_endpoints/{id}',
  tag: 'Webhook endpoints',
  summary: 'Retrieve a webhook endpoint',
  pathParams: ID,
  responseDescription: 'The endpoint.',
  responseExample: ENDPOINT,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/webhook_endpoints/{id}',
  tag: 'Webhook endpoints',
  summary: 'Update a webhook endpoint',
  description:
    '`enabled: false` pauses deliveries (they stay queued); `enabled: true` resumes them and clears `disabled_reason` and `failing_since`.',
  pathParams: ID,
  body: ZUpdateWebhookEndpoint,
  requestExample: { enabled_events: ['*'] },
  responseDescription: 'The updated endpoint.',
  responseExample: { ...ENDPOINT, enabled_events: ['*'] },
  errors: ['resource_missing', 'parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'delete',
  path: '/api/v1/webhook_endpoints/{id}',
  tag: 'Webhook endpoints',
  summary: 'Delete a webhook endpoint',
  description: 'Nothing more is sent to it; its delivery log is kept.',
  pathParams: ID,
  responseDescription: 'The deleted endpoint’s id.',
  responseExample: { id: ENDPOINT.id, object: 'webhook_endpoint', deleted: true },
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/webhook_endpoints/{id}/rotate_secret',
  tag: 'Webhook endpoints',
  summary: 'Rotate the signing secret',
  description: `Replaces the secret at once (no grace period): every attempt from now on, retries included, is signed with the new one. The new \`secret\` is in this response only. ${SECRET_NOT_REPLAYED}`,
  pathParams: ID,
  body: ZEmptyBody,
  responseDescription: 'The endpoint with its new signing secret.',
  responseExample: { ...ENDPOINT, secret: SECRET },
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/webhook_endpoints/{id}/test',
  tag: 'Webhook endpoints',
  summary: 'Send a test event',
  description: 'Sends a `webhook_endpoint.test` event, carrying the endpoint, to this endpoint only.',
  pathParams: ID,
  body: ZEmptyBody,
  responseDescription: 'The test event.',
  responseExample: { ...EVENT, type: 'webhook_endpoint.test', data: { object: ENDPOINT } },
  errors: ['resource_missing', 'invalid_state'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/webhook_endpoints/{id}/deliveries',
  tag: 'Webhook endpoints',
  summary: 'List an endpoint’s deliveries',
  description:
    'Newest first, each with every attempt: status code, latency, the first 1 KB of the response and the error.',
  pathParams: ID,
  query: ZListDeliveries,
  responseDescription: 'A page of deliveries.',
  responseExample: listOf(`/api/v1/webhook_endpoints/${ENDPOINT.id}/deliveries`, DELIVERY),
  errors: ['resource_missing', 'parameter_invalid'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/events',
  tag: 'Events',
  summary: 'List events',
  description: `Newest first. Each event's \`data.object\` is the payment or checkout session right after the change: ${EVENT_TYPES.join(', ')}.`,
  query: ZListEvents,
  responseDescription: 'A page of events.',
  responseExample: listOf('/api/v1/events', EVENT),
  errors: ['parameter_invalid', 'parameter_unknown'],
});
registerOperation({
  method: 'get',
  path: '/api/v1/events/{id}',
  tag: 'Events',
  summary: 'Retrieve an event',
  pathParams: { id: 'The event id (`evt_...`).' },
  responseDescription: 'The event.',
  responseExample: EVENT,
  errors: ['resource_missing'],
});
registerOperation({
  method: 'post',
  path: '/api/v1/events/{id}/redeliver',
  tag: 'Events',
  summary: 'Redeliver an event',
  description:
    'Queues the event again (same `webhook-id`) for one endpoint, or for every endpoint it was sent to, behind what is already queued there, with a fresh retry schedule.',
  pathParams: { id: 'The event id (`evt_...`).' },
  body: ZRedeliverEvent,
  requestExample: { endpoint: ENDPOINT.id },
  responseDescription: 'The deliveries queued.',
  responseExample: listOf(`/api/v1/events/${EVENT.id}/redeliver`, {
    ...DELIVERY,
    status: 'pending',
    next_attempt_at: 1_790_000_900,
  }),
  errors: ['resource_missing', 'invalid_state', 'parameter_unknown'],
});
