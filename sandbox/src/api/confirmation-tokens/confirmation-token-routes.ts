import { invalidRequest, resourceMissing } from '../../http/api-error.js';
import { newId } from '../../state/ids.js';
import type { ConfirmationTokenRecord } from '../../state/types.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { readUrl } from '../payment-intents/amount-rules.js';
import { readShipping } from '../payment-intents/read-shipping.js';
import { SETUP_FUTURE_USAGE } from '../payment-intents/run-confirmation.js';
import { readPaymentMethodData } from '../payment-methods/read-payment-method-data.js';
import { resolvePaymentMethod, storePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { BROWSER_PARAMS } from '../shared/browser-params.js';
import { expandObject } from '../shared/expand.js';
import { serializeConfirmationToken } from './serialize-confirmation-token.js';

/** A ConfirmationToken expires 12 hours after it is created. */
const LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * POST /v1/confirmation_tokens (Stripe.js, publishable key) and POST /v1/test_helpers/confirmation_tokens
 * (secret key): `payment_method` (an id or `pm_card_*`) or `payment_method_data`, plus `return_url`,
 * `shipping`, `setup_future_usage`.
 */
export function createConfirmationToken(ctx: ApiContext): HandlerResult {
  const extra = ctx.keyMode === 'publishable' ? BROWSER_PARAMS : [];
  const p = ctx.params.allowOnly([
    'payment_method',
    'payment_method_data',
    'payment_method_options',
    'return_url',
    'setup_future_usage',
    'shipping',
    'expand',
    ...extra,
  ]);
  const now = ctx.rt.clock.nowSeconds();
  const paymentMethodId = p.string('payment_method');
  const data = p.object('payment_method_data');
  if (paymentMethodId && data) {
    throw invalidRequest('You may only specify one of these parameters: payment_method, payment_method_data.', {
      code: 'parameters_exclusive',
    });
  }
  let pmId: string;
  if (data) {
    const d = readPaymentMethodData(data, new Date(ctx.rt.clock.nowMs()), ctx.account);
    pmId = storePaymentMethod(ctx.account, now, d.card, d.billingDetails, d.metadata).id;
  } else if (paymentMethodId) {
    pmId = resolvePaymentMethod(ctx.account, paymentMethodId, now).id;
  } else {
    throw invalidRequest('Missing required param: payment_method_data.', {
      code: 'parameter_missing',
      param: 'payment_method_data',
    });
  }
  p.object('payment_method_options');
  const returnUrl = p.string('return_url');
  const token: ConfirmationTokenRecord = {
    id: newId('ctoken'),
    created: now,
    expiresAt: now + LIFETIME_SECONDS,
    paymentMethodId: pmId,
    returnUrl: returnUrl ? readUrl(returnUrl, 'return_url') : null,
    setupFutureUsage: p.enumOf('setup_future_usage', SETUP_FUTURE_USAGE) ?? null,
    shipping: readShipping(p) ?? null,
    paymentIntentId: null,
  };
  ctx.account.confirmationTokens.set(token.id, token);
  ctx.rt.store.changed();
  return { body: expandObject(ctx, serializeConfirmationToken(ctx.account, token), p.stringArray('expand') ?? []) };
}

/** GET /v1/confirmation_tokens/:id (secret key). */
export function retrieveConfirmationToken(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const token = ctx.account.confirmationTokens.get(id);
  if (!token) throw resourceMissing('confirmation_token', id, 'confirmation_token');
  return { body: serializeConfirmationToken(ctx.account, token) };
}

/** The token a create/confirm names, checked unused and unexpired; it is marked used by the PaymentIntent. */
export function takeConfirmationToken(ctx: ApiContext, id: string, paymentIntentId: string): ConfirmationTokenRecord {
  const token = ctx.account.confirmationTokens.get(id);
  if (!token) throw resourceMissing('confirmation_token', id, 'confirmation_token', 400);
  if (token.paymentIntentId !== null && token.paymentIntentId !== paymentIntentId) {
    throw invalidRequest(`ConfirmationToken ${id} has already been used.`, { param: 'confirmation_token' });
  }
  if (token.expiresAt <= ctx.rt.clock.nowSeconds()) {
    throw invalidRequest(`ConfirmationToken ${id} has expired.`, { param: 'confirmation_token' });
  }
  token.paymentIntentId = paymentIntentId;
  return token;
}
