import type { Responder, WebhookReceiver } from '@/test-support/webhook-receiver';
import { merchantApi, type CheckoutTarget } from './http-checkout';

export type MerchantEvent = { id: string; type: string; created: number; data: { object: Record<string, unknown> } };

/** Registers a webhook endpoint at `receiver` + `path` through the merchant API, and its secret with the receiver. */
export async function addWebhookEndpoint(
  target: CheckoutTarget,
  receiver: WebhookReceiver,
  path: string,
  options: { events?: string[]; responder?: Responder } = {},
): Promise<string> {
  const { status, body } = await merchantApi<{ id: string; secret: string }>(target, 'POST', '/webhook_endpoints', {
    url: receiver.url(path),
    enabled_events: options.events ?? ['*'],
  });
  if (status !== 200 && status !== 201)
    throw new Error(`webhook endpoint create answered ${status}: ${JSON.stringify(body)}`);
  receiver.route(path, body.secret, options.responder);
  return body.id;
}

/** Every event Tillpoint recorded for the merchant, oldest first (the order each endpoint must receive them in). */
export async function merchantEvents(target: CheckoutTarget): Promise<MerchantEvent[]> {
  const newestFirst: MerchantEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '100', ...(after ? { starting_after: after } : {}) });
    const { status, body } = await merchantApi<{ data: MerchantEvent[]; has_more: boolean }>(
      target,
      'GET',
      `/events?${query}`,
    );
    if (status !== 200) throw new Error(`GET /events answered ${status}: ${JSON.stringify(body)}`);
    newestFirst.push(...body.data);
    if (!body.has_more || body.data.length === 0) return newestFirst.reverse();
    after = body.data.at(-1)!.id;
  }
}

/**
 * What is wrong with one endpoint's deliveries against the events it subscribes to: events never
 * received, and first receipts out of Tillpoint's order. Redeliveries of a received event are fine.
 */
export function deliveryProblems(
  expected: MerchantEvent[],
  receivedIds: string[],
): { missing: string[]; outOfOrder: string[] } {
  const position = new Map(expected.map((event, index) => [event.id, index]));
  // Events recorded after `expected` was read may already have arrived; they are judged on a later read.
  const firstSeen: string[] = [];
  for (const id of receivedIds) if (position.has(id) && !firstSeen.includes(id)) firstSeen.push(id);
  const missing = expected.filter((event) => !firstSeen.includes(event.id)).map((event) => `${event.type} ${event.id}`);
  const outOfOrder = firstSeen.filter(
    (id, index) => index > 0 && position.get(id)! < position.get(firstSeen[index - 1]!)!,
  );
  return { missing, outOfOrder };
}
