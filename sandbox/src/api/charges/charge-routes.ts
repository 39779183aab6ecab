import { resourceMissing } from '../../http/api-error.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { expandObject } from '../shared/expand.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { serializeCharge } from './serialize-charge.js';

/** GET /v1/charges/:id */
export function retrieveCharge(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const charge = ctx.account.charges.get(id);
  if (!charge) throw resourceMissing('charge', id, 'id');
  return { body: expandObject(ctx, serializeCharge(charge), ctx.params.stringArray('expand') ?? []) };
}

/** GET /v1/charges (`payment_intent` filter). */
export function listCharges(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly([...LIST_PARAMS, 'payment_intent']);
  const pi = ctx.params.string('payment_intent');
  const all = newestFirst(ctx.account.charges).filter((c) => !pi || c.paymentIntentId === pi);
  const list = paginate(all, ctx.params, '/v1/charges', 'charge');
  const body = { ...list, data: list.data.map(serializeCharge) };
  return { body: expandObject(ctx, body, ctx.params.stringArray('expand') ?? []) };
}
