import { z } from 'zod';

/** Every event a merchant can subscribe a webhook endpoint to. */
export const EVENT_TYPES = [
  'payment.requires_action',
  'payment.action_completed',
  'payment.authorized',
  'payment.captured',
  'payment.succeeded',
  'payment.failed',
  'payment.canceled',
  'payment.refunded',
  'checkout.session.completed',
  'checkout.session.expired',
  'payment_link.completed',
] as const;

/** Sent only by `POST /webhook_endpoints/{id}/test`, to that endpoint, whatever it subscribes to. */
export const TEST_EVENT_TYPE = 'webhook_endpoint.test';

export type EventType = (typeof EVENT_TYPES)[number] | typeof TEST_EVENT_TYPE;

export const ZEnabledEvents = z
  .array(z.enum([...EVENT_TYPES, '*'], { error: `must be "*" or one of ${EVENT_TYPES.join(', ')}` }))
  .min(1, 'must list at least one event type or "*"')
  .transform((types) => [...new Set(types)]);
