import type { ApiContext, HandlerResult } from '../context.js';
import { BROWSER_PARAMS } from '../shared/browser-params.js';
import { expandObject } from '../shared/expand.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { loadPaymentIntent, presentPaymentIntent } from './load-payment-intent.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

/** GET /v1/payment_intents/:id — secret key, or publishable key + client_secret (client subset). */
export function retrievePaymentIntent(ctx: ApiContext): HandlerResult {
  const browser = ctx.keyMode === 'publishable' ? BROWSER_PARAMS : [];
  ctx.params.allowOnly(['client_secret', 'expand', ...browser]);
  const pi = loadPaymentIntent(ctx);
  return { body: presentPaymentIntent(ctx, pi, ctx.params.stringArray('expand') ?? []) };
}

/** GET /v1/payment_intents — newest first, Stripe cursor pagination. */
export function listPaymentIntents(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(LIST_PARAMS);
  const list = paginate(newestFirst(ctx.account.paymentIntents), ctx.params, '/v1/payment_intents', 'payment_intent');
  const body = { ...list, data: list.data.map(serializePaymentIntent) };
  return { body: expandObject(ctx, body, ctx.params.stringArray('expand') ?? []) };
}
