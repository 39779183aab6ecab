import { z } from 'zod';
import { EVENT_TYPES, TEST_EVENT_TYPE, ZEnabledEvents } from '@/lib/merchant-webhooks/event-types';
import { targetSettings } from '@/lib/merchant-webhooks/target-settings';
import { webhookUrlProblem } from '@/lib/merchant-webhooks/webhook-url-problem';
import { ZListParams } from '@/lib/objects/pagination';

/**
 * An https URL to a public host; local and private addresses (and plain http to them, outside live
 * mode) only when the operator allows them. Checked again at every delivery, after resolving the host.
 */
export const ZWebhookUrl = z
  .url({ protocol: /^https?$/, error: 'must be an https URL' })
  .max(2048, 'must be at most 2048 characters')
  .superRefine((value, ctx) => {
    const problem = URL.canParse(value) ? webhookUrlProblem(new URL(value), targetSettings()) : 'must be an https URL';
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(
    'Where events are POSTed: https to a public host (http and local addresses only where the operator allows local receivers).',
  );

const enabledEvents = ZEnabledEvents.describe(`Event types to send, or ["*"] for all: ${EVENT_TYPES.join(', ')}.`);
const description = z.string().max(500, 'must be at most 500 characters');

/** `POST /api/v1/webhook_endpoints` */
export const ZCreateWebhookEndpoint = z.strictObject({
  url: ZWebhookUrl,
  enabled_events: enabledEvents,
  description: description.optional(),
});

/** `POST /api/v1/webhook_endpoints/{id}`: every field optional; `enabled: true` clears a disabled endpoint's failure state. */
export const ZUpdateWebhookEndpoint = z.strictObject({
  url: ZWebhookUrl.optional(),
  enabled_events: enabledEvents.optional(),
  enabled: z.boolean().optional(),
  description: description.nullable().optional(),
});

export const ZListDeliveries = ZListParams.extend({
  status: z.enum(['pending', 'succeeded', 'failed']).optional().describe('Only deliveries with this status.'),
});

export const ZListEvents = ZListParams.extend({
  type: z
    .enum([...EVENT_TYPES, TEST_EVENT_TYPE], { error: 'is not an event type' })
    .optional()
    .describe('Only events of this type.'),
});

/** `POST /api/v1/events/{id}/redeliver` */
export const ZRedeliverEvent = z.strictObject({
  endpoint: z
    .string()
    .max(100)
    .optional()
    .describe('Only this endpoint; default: every endpoint the event was sent to.'),
});
