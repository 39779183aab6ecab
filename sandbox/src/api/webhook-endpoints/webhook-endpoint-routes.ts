import { API_VERSION } from '../../config.js';
import { invalidRequest, resourceMissing } from '../../http/api-error.js';
import { mergeMetadata, type Params } from '../../http/params.js';
import { newId, randomToken } from '../../state/ids.js';
import type { WebhookEndpointRecord } from '../../state/types.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { readUrl } from '../payment-intents/amount-rules.js';
import { serializeWebhookEndpoint } from './serialize-webhook-endpoint.js';

const MAX_ENDPOINTS = 16;
const EVENT_TYPE = /^[a-z_]+(\.[a-z_]+)+$/;

function readEnabledEvents(p: Params, required: boolean): string[] | undefined {
  const events = p.stringArray('enabled_events', { required });
  if (!events) return undefined;
  if (events.length === 0)
    throw invalidRequest('enabled_events must contain at least one event type.', { param: 'enabled_events' });
  events.forEach((type, i) => {
    if (type !== '*' && !EVENT_TYPE.test(type)) {
      throw invalidRequest(`Invalid enabled_events[${i}]: ${type} is not an event type`, {
        param: `enabled_events[${i}]`,
      });
    }
  });
  return events;
}

function readEndpointUrl(p: Params, required: boolean): string | undefined {
  const url = p.string('url', { required, max: 2048 });
  if (!url) return undefined;
  readUrl(url, 'url');
  if (!/^https?:\/\//.test(url))
    throw invalidRequest(`Invalid URL: ${url} must be http or https`, { code: 'url_invalid', param: 'url' });
  return url;
}

function loadEndpoint(ctx: ApiContext): WebhookEndpointRecord {
  const id = ctx.pathParams[0] as string;
  const endpoint = ctx.account.webhookEndpoints.get(id);
  if (!endpoint) throw resourceMissing('webhook_endpoint', id, 'webhook_endpoint');
  return endpoint;
}

/** POST /v1/webhook_endpoints — the only response that carries `secret`. */
export function createWebhookEndpoint(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly([
    'url',
    'enabled_events',
    'description',
    'metadata',
    'api_version',
    'connect',
    'expand',
  ]);
  if (ctx.account.webhookEndpoints.size >= MAX_ENDPOINTS) {
    throw invalidRequest(`You have reached the maximum of ${MAX_ENDPOINTS} test webhook endpoints.`);
  }
  const metadata = mergeMetadata({}, p.metadata());
  p.boolean('connect');
  const endpoint: WebhookEndpointRecord = {
    id: newId('we'),
    created: ctx.rt.clock.nowSeconds(),
    url: readEndpointUrl(p, true) as string,
    enabledEvents: readEnabledEvents(p, true) as string[],
    secret: `whsec_${randomToken(32)}`,
    status: 'enabled',
    description: p.string('description', { max: 5000 }) ?? null,
    metadata,
    apiVersion: p.string('api_version') ?? API_VERSION,
    fromEnv: false,
  };
  ctx.account.webhookEndpoints.set(endpoint.id, endpoint);
  ctx.rt.store.changed();
  return { body: serializeWebhookEndpoint(endpoint, true) };
}

/** GET /v1/webhook_endpoints/:id */
export function retrieveWebhookEndpoint(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  return { body: serializeWebhookEndpoint(loadEndpoint(ctx)) };
}

/** POST /v1/webhook_endpoints/:id (`disabled=true` pauses deliveries). */
export function updateWebhookEndpoint(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(['url', 'enabled_events', 'description', 'metadata', 'disabled', 'expand']);
  const endpoint = loadEndpoint(ctx);
  const url = readEndpointUrl(p, false);
  const events = readEnabledEvents(p, false);
  const disabled = p.boolean('disabled');
  const description = p.string('description', { max: 5000 });
  if (url) endpoint.url = url;
  if (events) endpoint.enabledEvents = events;
  if (disabled != null) endpoint.status = disabled ? 'disabled' : 'enabled';
  if (description !== undefined) endpoint.description = description;
  endpoint.metadata = mergeMetadata(endpoint.metadata, p.metadata());
  ctx.rt.store.changed();
  return { body: serializeWebhookEndpoint(endpoint) };
}

/** DELETE /v1/webhook_endpoints/:id */
export function deleteWebhookEndpoint(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly([]);
  const endpoint = loadEndpoint(ctx);
  ctx.account.webhookEndpoints.delete(endpoint.id);
  ctx.rt.store.changed();
  return { body: { id: endpoint.id, object: 'webhook_endpoint', deleted: true } };
}

/** GET /v1/webhook_endpoints */
export function listWebhookEndpoints(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(LIST_PARAMS);
  const list = paginate(
    newestFirst(ctx.account.webhookEndpoints),
    ctx.params,
    '/v1/webhook_endpoints',
    'webhook_endpoint',
  );
  return { body: { ...list, data: list.data.map((we) => serializeWebhookEndpoint(we)) } };
}
