import { invalidRequest, unexpectedState } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';
import type { PaymentIntentRecord, Shipping } from '../../state/types.js';
import { readShipping } from './read-shipping.js';
import type { ApiContext } from '../context.js';
import { readPaymentMethodData, type PaymentMethodData } from '../payment-methods/read-payment-method-data.js';
import { resolvePaymentMethod, storePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { readEmail, readUrl } from './amount-rules.js';
import { attemptPayment } from './attempt-payment.js';
import { cardErrorFor } from './record-failure.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

/** Params shared by create (with confirm) and confirm. */
export const CONFIRM_PARAMS = [
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
const THREE_D_SECURE = ['automatic', 'any', 'challenge'] as const;
const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export interface ConfirmInput {
  paymentMethodId: string | null | undefined;
  paymentMethodData: PaymentMethodData | undefined;
  returnUrl: string | null | undefined;
  offSession: boolean;
  errorOnRequiresAction: boolean;
  setupFutureUsage: PaymentIntentRecord['setupFutureUsage'] | undefined;
  requestThreeDSecure: PaymentIntentRecord['requestThreeDSecure'] | undefined;
  receiptEmail: string | null | undefined;
  shipping: Shipping | null | undefined;
  captureMethod?: PaymentIntentRecord['captureMethod'] | null;
}

export function readThreeDSecureOption(p: Params): ConfirmInput['requestThreeDSecure'] {
  const options = p.object('payment_method_options');
  if (!options) return undefined;
  options.allowOnly(['card']);
  const card = options.object('card');
  if (!card) return undefined;
  card.allowOnly(['request_three_d_secure']);
  return card.enumOf('request_three_d_secure', THREE_D_SECURE) ?? undefined;
}

export function readConfirmInput(ctx: ApiContext): ConfirmInput {
  const p = ctx.params;
  if (p.has('payment_method') && p.has('payment_method_data')) {
    throw invalidRequest('You may only specify one of these parameters: payment_method, payment_method_data.', {
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
    paymentMethodId: p.string('payment_method'),
    paymentMethodData: data ? readPaymentMethodData(data, new Date(ctx.rt.clock.nowMs())) : undefined,
    returnUrl: returnUrl ? readUrl(returnUrl, 'return_url') : returnUrl,
    offSession,
    errorOnRequiresAction: p.boolean('error_on_requires_action') ?? false,
    setupFutureUsage: p.enumOf('setup_future_usage', SETUP_FUTURE_USAGE),
    requestThreeDSecure: readThreeDSecureOption(p),
    receiptEmail: receiptEmail ? readEmail(receiptEmail, 'receipt_email') : receiptEmail,
    shipping: readShipping(p),
  };
}

/** Confirms `pi` with the input; on a failed attempt throws the 402 carrying the updated PI. */
export function runConfirmation(ctx: ApiContext, pi: PaymentIntentRecord, input: ConfirmInput): void {
  if (!CONFIRMABLE.includes(pi.status)) {
    throw unexpectedState(
      `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_action, requires_payment_method.`,
      serializePaymentIntent(pi),
    );
  }
  const now = ctx.rt.clock.nowSeconds();
  let pm;
  if (input.paymentMethodData) {
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
  if (input.requestThreeDSecure !== undefined) pi.requestThreeDSecure = input.requestThreeDSecure;
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
