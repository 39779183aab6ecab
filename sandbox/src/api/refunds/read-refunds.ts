import { resourceMissing } from '../../http/api-error.js';
import { mergeMetadata } from '../../http/params.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { expandObject } from '../shared/expand.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { serializeRefund } from './serialize-refund.js';

function loadRefund(ctx: ApiContext) {
  const id = ctx.pathParams[0] as string;
  const refund = ctx.account.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, 'refund');
  return refund;
}

/** GET /v1/refunds/:id */
export function retrieveRefund(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  return { body: expandObject(ctx, serializeRefund(loadRefund(ctx)), ctx.params.stringArray('expand') ?? []) };
}

/** POST /v1/refunds/:id — metadata only. */
export function updateRefund(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['metadata', 'expand']);
  const refund = loadRefund(ctx);
  refund.metadata = mergeMetadata(refund.metadata, ctx.params.metadata());
  ctx.rt.store.changed();
  return { body: expandObject(ctx, serializeRefund(refund), ctx.params.stringArray('expand') ?? []) };
}

/** GET /v1/refunds (`charge` / `payment_intent` filters). */
export function listRefunds(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly([...LIST_PARAMS, 'charge', 'payment_intent']);
  const charge = ctx.params.string('charge');
  const pi = ctx.params.string('payment_intent');
  const all = newestFirst(ctx.account.refunds).filter(
    (r) => (!charge || r.chargeId === charge) && (!pi || r.paymentIntentId === pi),
  );
  const list = paginate(all, ctx.params, '/v1/refunds', 'refund');
  const body = { ...list, data: list.data.map(serializeRefund) };
  return { body: expandObject(ctx, body, ctx.params.stringArray('expand') ?? []) };
}
