import { invalidRequest, unexpectedState } from '../../http/api-error.js';
import { readPaymentMethodData, type PaymentMethodData } from '../payment-methods/read-payment-method-data.js';
import { storePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { mergeMetadata } from '../../http/params.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { resolvePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { checkAmount, readCurrency, readEmail } from './amount-rules.js';
import { readPaymentMethodTypes } from './create-payment-intent.js';
import { readShipping } from './read-shipping.js';
import { loadPaymentIntent, presentPaymentIntent } from './load-payment-intent.js';
import { readCardOptions, SETUP_FUTURE_USAGE } from './run-confirmation.js';
import { applyCardOptions } from './card-options.js';
import { extraParamNames, readExtraParams } from './extra-params.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

const UPDATE_PARAMS = [
  'amount',
  'currency',
  'capture_method',
  'description',
  'metadata',
  'receipt_email',
  'payment_method',
  'payment_method_data',
  'payment_method_types',
  'allowed_payment_method_types',
  'payment_method_options',
  'setup_future_usage',
  'shipping',
  'expand',
  ...extraParamNames('update'),
];
/** What may still change once a PaymentIntent has been paid, captured or canceled. */
const ALWAYS_UPDATABLE = new Set([
  'description',
  'metadata',
  'receipt_email',
  'expand',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
]);
const OPEN = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

/**
 * POST /v1/payment_intents/:id. Changing the amount, currency or payment method of a PI waiting on
 * 3DS discards that authentication: it needs confirming again.
 */
export function updatePaymentIntent(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(UPDATE_PARAMS);
  const pi = loadPaymentIntent(ctx);
  const locked = Object.keys(p.raw).find((key) => !ALWAYS_UPDATABLE.has(key));
  if (locked && !OPEN.includes(pi.status)) {
    throw unexpectedState(
      `You cannot update \`${locked}\` on this PaymentIntent because it has a status of ${pi.status}.`,
      serializePaymentIntent(pi),
    );
  }
  const currency = p.has('currency') ? readCurrency(p.string('currency', { required: true }) as string) : pi.currency;
  const amount = p.has('amount') ? (p.integer('amount', { required: true }) as number) : pi.amount;
  if (p.has('amount') || p.has('currency')) checkAmount(amount, currency);
  if (p.has('payment_method') && p.has('payment_method_data')) {
    throw invalidRequest('You may only specify one of these parameters: payment_method, payment_method_data.', {
      code: 'parameters_exclusive',
    });
  }
  const data = p.object('payment_method_data');
  const paymentMethodId = data
    ? storeFromData(ctx, readPaymentMethodData(data, new Date(ctx.rt.clock.nowMs()), ctx.account))
    : p.string('payment_method');
  const captureMethod = p.enumOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const);
  const types = readPaymentMethodTypes(ctx);
  const setupFutureUsage = p.enumOf('setup_future_usage', SETUP_FUTURE_USAGE);
  const cardOptions = readCardOptions(p);
  const extra = readExtraParams(p, 'update');
  const receiptEmail = p.string('receipt_email');
  const description = p.string('description', { max: 1000 });
  const shipping = readShipping(p);
  const resetsAttempt = amount !== pi.amount || currency !== pi.currency || paymentMethodId !== undefined;

  pi.amount = amount;
  pi.currency = currency;
  if (captureMethod) pi.captureMethod = captureMethod;
  if (types) {
    pi.paymentMethodTypes = types;
    pi.extra = { ...pi.extra, allowed_payment_method_types: types };
  }
  if (setupFutureUsage !== undefined) pi.setupFutureUsage = setupFutureUsage;
  applyCardOptions(pi, cardOptions);
  pi.extra = { ...pi.extra, ...extra };
  if (receiptEmail !== undefined)
    pi.receiptEmail = receiptEmail === null ? null : readEmail(receiptEmail, 'receipt_email');
  if (description !== undefined) pi.description = description;
  if (shipping !== undefined) pi.shipping = shipping;
  pi.metadata = mergeMetadata(pi.metadata, p.metadata());
  if (paymentMethodId !== undefined) {
    pi.paymentMethodId =
      paymentMethodId === null
        ? null
        : resolvePaymentMethod(ctx.account, paymentMethodId, ctx.rt.clock.nowSeconds()).id;
  }
  if (resetsAttempt && OPEN.includes(pi.status)) {
    pi.authentication = null;
    pi.nextAction = null;
    pi.status = pi.paymentMethodId ? 'requires_confirmation' : 'requires_payment_method';
  }
  ctx.rt.store.changed();
  return { body: presentPaymentIntent(ctx, pi, p.stringArray('expand') ?? []) };
}

function storeFromData(ctx: ApiContext, data: PaymentMethodData): string {
  return storePaymentMethod(ctx.account, ctx.rt.clock.nowSeconds(), data.card, data.billingDetails, data.metadata).id;
}
