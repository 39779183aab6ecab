import { invalidRequest, resourceMissing, unexpectedState } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';
import type { PaymentIntentRecord, Shipping } from '../../state/types.js';
import { applyCardOptions, readCardOptionParams, type CardOptionsInput } from './card-options.js';
import { readShipping } from './read-shipping.js';
import type { ApiContext } from '../context.js';
import { readPaymentMethodData, type PaymentMethodData } from '../payment-methods/read-payment-method-data.js';
import { resolvePaymentMethod, storePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { readEmail, readUrl } from './amount-rules.js';
import { attemptPayment } from './attempt-payment.js';
import { takeConfirmationToken } from '../confirmation-tokens/confirmation-token-routes.js';
import { cardErrorFor } from './record-failure.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

/** Params shared by create (with confirm) and confirm. */
export const CONFIRM_PARAMS = [
  'confirmation_token',
  'payment_method',
  'payment_method_data',
  'return_url',
  'use_stripe_sdk',
  'off_session',
  'error_on_requires_action',
  'setup_future_usage',
  'payment_method_options',
  'receipt_email',
  'shipping',
] as const;

export const SETUP_FUTURE_USAGE = ['on_session', 'off_session'] as const;
const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export interface ConfirmInput {
  confirmationToken: string | undefined;
  paymentMethodId: string | null | undefined;
  paymentMethodData: PaymentMethodData | undefined;
  returnUrl: string | null | undefined;
  offSession: boolean;
  errorOnRequiresAction: boolean;
  setupFutureUsage: PaymentIntentRecord['setupFutureUsage'] | undefined;
  cardOptions: CardOptionsInput | undefined;
  receiptEmail: string | null | undefined;
  shipping: Shipping | null | undefined;
  captureMethod?: PaymentIntentRecord['captureMethod'] | null;
}

/** `payment_method_options`: the card's options are validated and kept; other types' options are ignored. */
export function readCardOptions(p: Params): CardOptionsInput | undefined {
  const options = p.object('payment_method_options');
  if (!options) return undefined;
  for (const type of Object.keys(options.raw)) options.object(type);
  const card = options.object('card');
  if (!card) return undefined;
  return readCardOptionParams(card);
}

export function readConfirmInput(ctx: ApiContext): ConfirmInput {
  const p = ctx.params;
  const sources = ['confirmation_token', 'payment_method', 'payment_method_data'].filter((key) => p.has(key));
  if (sources.length > 1) {
    throw invalidRequest(`You may only specify one of these parameters: ${sources.join(', ')}.`, {
      code: 'parameters_exclusive',
    });
  }
  const data = p.object('payment_method_data');
  const returnUrl = p.string('return_url');
  const receiptEmail = p.string('receipt_email');
  const offSessionRaw = p.raw.off_session;
  const offSession =
    offSessionRaw === 'one_off' || offSessionRaw === 'recurring' ? true : (p.boolean('off_session') ?? false);
  p.boolean('use_stripe_sdk');
  return {
    confirmationToken: p.string('confirmation_token') ?? undefined,
    paymentMethodId: p.string('payment_method'),
    paymentMethodData: data ? readPaymentMethodData(data, new Date(ctx.rt.clock.nowMs()), ctx.account) : undefined,
    returnUrl: returnUrl ? readUrl(returnUrl, 'return_url') : returnUrl,
    offSession,
    errorOnRequiresAction: p.boolean('error_on_requires_action') ?? false,
    setupFutureUsage: p.enumOf('setup_future_usage', SETUP_FUTURE_USAGE),
    cardOptions: readCardOptions(p),
    receiptEmail: receiptEmail ? readEmail(receiptEmail, 'receipt_email') : receiptEmail,
    shipping: readShipping(p),
  };
}

const RETURN_URL_REQUIRED =
  "This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don't want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.";

/**
 * Automatic payment methods that may redirect: a confirmation on the server needs a `return_url` (given now,
 * or in the ConfirmationToken). Stripe.js confirmations (publishable key) handle redirects themselves.
 */
export function requireReturnUrl(ctx: ApiContext, pi: PaymentIntentRecord, input: ConfirmInput): void {
  const token = input.confirmationToken ? ctx.account.confirmationTokens.get(input.confirmationToken) : undefined;
  if (input.confirmationToken && !token) {
    throw resourceMissing('confirmation_token', input.confirmationToken, 'confirmation_token', 400);
  }
  const apm = pi.automaticPaymentMethods;
  if (ctx.keyMode !== 'secret' || !apm?.enabled || apm.allow_redirects === 'never' || input.returnUrl) return;
  if (token?.returnUrl) return;
  throw invalidRequest(RETURN_URL_REQUIRED, { param: 'return_url' });
}

/** Confirms `pi` with the input; on a failed attempt throws the 402 carrying the updated PI. */
export function runConfirmation(ctx: ApiContext, pi: PaymentIntentRecord, input: ConfirmInput): void {
  if (!CONFIRMABLE.includes(pi.status)) {
    throw unexpectedState(
      `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_action, requires_payment_method.`,
      serializePaymentIntent(pi),
    );
  }
  requireReturnUrl(ctx, pi, input);
  const now = ctx.rt.clock.nowSeconds();
  let pm;
  if (input.confirmationToken) {
    const token = takeConfirmationToken(ctx, input.confirmationToken, pi.id);
    pm = resolvePaymentMethod(ctx.account, token.paymentMethodId, now);
    if (!input.returnUrl && token.returnUrl) pi.returnUrl = token.returnUrl;
    if (token.shipping) pi.shipping = token.shipping;
    if (token.setupFutureUsage) pi.setupFutureUsage = token.setupFutureUsage;
  } else if (input.paymentMethodData) {
    const d = input.paymentMethodData;
    pm = storePaymentMethod(ctx.account, now, d.card, d.billingDetails, d.metadata);
  } else {
    const id = input.paymentMethodId ?? pi.paymentMethodId;
    if (!id) {
      throw invalidRequest(
        "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment_method and then confirm it again, or confirm it again directly with a payment_method.",
        { code: 'parameter_missing', param: 'payment_method' },
      );
    }
    pm = resolvePaymentMethod(ctx.account, id, now);
  }
  if (input.returnUrl !== undefined) pi.returnUrl = input.returnUrl;
  if (input.setupFutureUsage !== undefined) pi.setupFutureUsage = input.setupFutureUsage;
  applyCardOptions(pi, input.cardOptions);
  if (input.receiptEmail !== undefined) pi.receiptEmail = input.receiptEmail;
  if (input.shipping !== undefined) pi.shipping = input.shipping;
  if (input.captureMethod) pi.captureMethod = input.captureMethod;
  const result = attemptPayment({ rt: ctx.rt, account: ctx.account, origin: ctx }, pi, pm, {
    offSession: input.offSession,
    errorOnRequiresAction: input.errorOnRequiresAction,
  });
  ctx.rt.store.changed();
  if (!result.ok) throw cardErrorFor(pi, result.error);
}
