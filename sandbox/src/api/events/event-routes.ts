import { resourceMissing } from '../../http/api-error.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { serializeEvent } from './serialize-event.js';

/** GET /v1/events/:id */
export function retrieveEvent(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const event = ctx.account.events.get(id);
  if (!event) throw resourceMissing('event', id, 'id');
  return { body: serializeEvent(event) };
}

/** `payment_intent.*` style wildcards, as Stripe's `type` filter accepts. */
function matches(type: string, pattern: string): boolean {
  return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

/** GET /v1/events (`type`, `types[]`, `delivery_success` filters). */
export function listEvents(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly([...LIST_PARAMS, 'type', 'types', 'delivery_success']);
  const type = p.string('type');
  const types = p.stringArray('types');
  const delivered = p.boolean('delivery_success');
  const all = newestFirst(ctx.account.events).filter(
    (e) =>
      (!type || matches(e.type, type)) &&
      (!types || types.some((t) => matches(e.type, t))) &&
      (delivered == null || (e.pendingWebhooks === 0) === delivered),
  );
  const list = paginate(all, p, '/v1/events', 'event');
  return { body: { ...list, data: list.data.map(serializeEvent) } };
}
