import type { ApiContext, HandlerResult } from '../context.js';
import { expandObject } from '../shared/expand.js';
import { BROWSER_PARAMS } from '../shared/browser-params.js';
import { readPaymentMethodData } from './read-payment-method-data.js';
import { resolvePaymentMethod, storePaymentMethod } from './resolve-payment-method.js';
import { serializePaymentMethod } from './serialize-payment-method.js';

/** POST /v1/payment_methods — secret key, or publishable key from the browser (CONTRACT.md). */
export function createPaymentMethod(ctx: ApiContext): HandlerResult {
  const extra = ctx.keyMode === 'publishable' ? BROWSER_PARAMS : [];
  const data = readPaymentMethodData(ctx.params, new Date(ctx.rt.clock.nowMs()), ctx.account, ['expand', ...extra]);
  const expand = ctx.params.stringArray('expand') ?? [];
  const pm = storePaymentMethod(ctx.account, ctx.rt.clock.nowSeconds(), data.card, data.billingDetails, data.metadata);
  ctx.rt.store.changed();
  return { body: expandObject(ctx, serializePaymentMethod(pm), expand) };
}

/** GET /v1/payment_methods/:id (a `pm_card_*` id yields a fresh PaymentMethod, as when paying). */
export function retrievePaymentMethod(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const pm = resolvePaymentMethod(ctx.account, id, ctx.rt.clock.nowSeconds(), 404);
  return { body: expandObject(ctx, serializePaymentMethod(pm), ctx.params.stringArray('expand') ?? []) };
}
