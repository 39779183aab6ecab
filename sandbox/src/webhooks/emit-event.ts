import { serializeEvent } from '../api/events/serialize-event.js';
import type { EmitOptions, EventOrigin } from '../api/context.js';
import type { SandboxClock } from '../state/clock.js';
import { newId } from '../state/ids.js';
import type { AccountState } from '../state/store.js';
import type { EventRecord } from '../state/types.js';
import type { DeliveryQueue } from './delivery-queue.js';

/**
 * Records an Event and queues it for every enabled endpoint subscribed to its type (or `*`).
 * The body is frozen now (as Stripe does), so later changes to the object do not leak into it.
 */
export function emitEvent(
  queue: DeliveryQueue,
  clock: SandboxClock,
  account: AccountState,
  origin: EventOrigin,
  type: string,
  object: unknown,
  opts: EmitOptions = {},
): EventRecord {
  const endpoints = [...account.webhookEndpoints.values()].filter(
    (we) => we.status === 'enabled' && (we.enabledEvents.includes('*') || we.enabledEvents.includes(type)),
  );
  const event: EventRecord = {
    id: newId('evt'),
    created: clock.nowSeconds(),
    type,
    object,
    previousAttributes: opts.previousAttributes ?? null,
    requestId: origin.requestId,
    idempotencyKey: origin.idempotencyKey,
    pendingWebhooks: endpoints.length,
  };
  account.events.set(event.id, event);
  if (endpoints.length === 0) return event;
  const body = JSON.stringify(serializeEvent(event), null, 2);
  for (const endpoint of endpoints) {
    queue.enqueue({ accountId: account.id, eventId: event.id, eventType: type, endpointId: endpoint.id, body });
  }
  return event;
}
