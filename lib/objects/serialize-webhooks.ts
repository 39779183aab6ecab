import type { MerchantEvent, WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '@/lib/generated/prisma/client';

const unix = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null);

/** An event as the API returns it and as webhooks carry it: `data.object` is the object after the change. */
export function serializeEvent(event: MerchantEvent) {
  return {
    id: event.id,
    object: 'event' as const,
    type: event.type,
    created: unix(event.createdAt),
    data: event.data as { object: Record<string, unknown> },
  };
}

/** The exact body a webhook delivery of `event` POSTs (every attempt sends the same bytes). */
export function eventPayload(event: MerchantEvent): string {
  return JSON.stringify(serializeEvent(event));
}

/** A webhook endpoint; the signing secret is never part of it (create and rotate add it once). */
export function serializeEndpoint(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    object: 'webhook_endpoint' as const,
    url: endpoint.url,
    description: endpoint.description,
    enabled_events: endpoint.enabledEvents,
    enabled: endpoint.enabled,
    status: endpoint.enabled ? ('enabled' as const) : ('disabled' as const),
    disabled_reason: endpoint.disabledReason,
    failing_since: unix(endpoint.failingSince),
    created: unix(endpoint.createdAt),
  };
}

/** One event's delivery to one endpoint, with every attempt (oldest first). */
export function serializeDelivery(
  delivery: WebhookDelivery & { attempts: WebhookAttempt[]; event: Pick<MerchantEvent, 'type'> },
) {
  return {
    id: delivery.id,
    object: 'webhook_delivery' as const,
    event: delivery.eventId,
    event_type: delivery.event.type,
    endpoint: delivery.endpointId,
    status: delivery.status,
    attempt_count: delivery.attempts.length,
    next_attempt_at: delivery.status === 'pending' ? unix(delivery.nextAttemptAt) : null,
    delivered_at: unix(delivery.deliveredAt),
    created: unix(delivery.createdAt),
    attempts: delivery.attempts.map((attempt) => ({
      attempted_at: unix(attempt.attemptedAt),
      status_code: attempt.statusCode,
      latency_ms: attempt.latencyMs,
      response_excerpt: attempt.responseExcerpt,
      response_headers: attempt.responseHeaders as Record<string, string> | null,
      error: attempt.error,
    })),
  };
}
