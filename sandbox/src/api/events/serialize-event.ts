import { API_VERSION } from '../../config.js';
import type { EventRecord } from '../../state/types.js';

/** The Event as the API (and webhook bodies) carry it. */
export function serializeEvent(evt: EventRecord) {
  return {
    id: evt.id,
    object: 'event' as const,
    api_version: API_VERSION,
    created: evt.created,
    data: {
      object: evt.object,
      ...(evt.previousAttributes ? { previous_attributes: evt.previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: evt.pendingWebhooks,
    request: { id: evt.requestId, idempotency_key: evt.idempotencyKey },
    type: evt.type,
  };
}
