import type { WebhookEndpointRecord } from '../../state/types.js';

/** The WebhookEndpoint as the API returns it; `secret` only in the create response. */
export function serializeWebhookEndpoint(we: WebhookEndpointRecord, withSecret = false) {
  return {
    id: we.id,
    object: 'webhook_endpoint' as const,
    api_version: we.apiVersion,
    application: null,
    created: we.created,
    description: we.description,
    enabled_events: we.enabledEvents,
    livemode: false,
    metadata: we.metadata,
    ...(withSecret ? { secret: we.secret } : {}),
    status: we.status,
    url: we.url,
  };
}
