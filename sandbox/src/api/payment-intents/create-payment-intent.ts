import { invalidRequest, parameterUnknown } from '../../http/api-error.js';
import { randomToken, newId } from '../../state/ids.js';
import type { PaymentIntentRecord } from '../../state/types.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { resolvePaymentMethod, storePaymentMethod } from '../payment-methods/resolve-payment-method.js';
import { checkAmount, readCurrency } from './amount-rules.js';
import { presentPaymentIntent } from './load-payment-intent.js';
import { apiVersionAtLeast } from '../../http/api-versions.js';
import { applyCardOptions } from './card-options.js';
import { extraParamNames, readExtraParams } from './extra-params.js';
import { CONFIRM_PARAMS, readConfirmInput, requireReturnUrl, runConfirmation } from './run-confirmation.js';

const AUTOMATIC_BY_DEFAULT_SINCE = '2023-08-16';
import { serializePaymentIntent } from './serialize-payment-intent.js';

const CREATE_PARAMS = [
  ...CONFIRM_PARAMS,
  'amount',
  'currency',
  'confirm',
  'confirmation_method',
  'capture_method',
  'payment_method_types',
  'allowed_payment_method_types',
  'automatic_payment_methods',
  'metadata',
  'description',
  'expand',
  ...extraParamNames('create'),
];

/** API version 2026-09-30.endive replaced `payment_method_types` with `allowed_payment_method_types`. */
const TYPES_PARAM_REMOVED_IN = '2026-09-30';

/** The allowed types (the response's `payment_method_types`); the sandbox takes cards only. */
export function readPaymentMethodTypes(ctx: ApiContext): string[] | undefined {
  const legacy = ctx.params.has('payment_method_types');
  if (legacy && apiVersionAtLeast(ctx.apiVersion, TYPES_PARAM_REMOVED_IN))
    throw parameterUnknown('payment_method_types');
  const param = legacy ? 'payment_method_types' : 'allowed_payment_method_types';
  const types = ctx.params.stringArray(param);
  if (!types) return undefined;
  const bad = types.find((t) => t !== 'card');
  if (bad !== undefined || types.length === 0) {
    throw invalidRequest(`The payment method type "${bad ?? ''}" is invalid. The sandbox supports only "card".`, {
      param,
    });
  }
  return types;
}

/**
 * Since API version 2023-08-16 a PaymentIntent without `payment_method_types` has automatic payment methods
 * (redirects allowed) unless it says otherwise; both at once is refused.
 */
function readAutomaticPaymentMethods(
  ctx: ApiContext,
  types: string[] | undefined,
): PaymentIntentRecord['automaticPaymentMethods'] {
  const apm = ctx.params.object('automatic_payment_methods');
  if (!apm) {
    const byDefault = !types && apiVersionAtLeast(ctx.apiVersion, AUTOMATIC_BY_DEFAULT_SINCE);
    return byDefault ? { allow_redirects: 'always', enabled: true } : null;
  }
  if (types && apm.raw.enabled !== 'false') {
    throw invalidRequest(
      'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
      { code: 'parameters_exclusive', param: 'automatic_payment_methods' },
    );
  }
  apm.allowOnly(['enabled', 'allow_redirects']);
  const enabled = apm.boolean('enabled', { required: true }) as boolean;
  const allowRedirects = apm.enumOf('allow_redirects', ['always', 'never'] as const);
  return enabled ? { allow_redirects: allowRedirects ?? 'always', enabled } : { enabled };
}

/** POST /v1/payment_intents (optionally `confirm=true`, which may answer 402). */
export function createPaymentIntent(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(CREATE_PARAMS);
  const currency = readCurrency(p.string('currency', { required: true }) as string);
  const amount = checkAmount(p.integer('amount', { required: true }) as number, currency);
  const confirm = p.boolean('confirm') ?? false;
  for (const onlyWithConfirm of ['off_session', 'error_on_requires_action', 'return_url', 'confirmation_token']) {
    if (!confirm && p.has(onlyWithConfirm)) {
      throw invalidRequest(`You can only pass \`${onlyWithConfirm}\` when \`confirm\` is true.`, {
        param: onlyWithConfirm,
      });
    }
  }
  const input = readConfirmInput(ctx);
  const types = readPaymentMethodTypes(ctx);
  const metadata = p.metadata() ?? {};
  const now = ctx.rt.clock.nowSeconds();
  const id = newId('pi');
  const pi: PaymentIntentRecord = {
    id,
    created: now,
    clientSecret: `${id}_secret_${randomToken(25)}`,
    amount,
    currency,
    status: 'requires_payment_method',
    captureMethod: p.enumOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? 'automatic_async',
    confirmationMethod: p.enumOf('confirmation_method', ['automatic', 'manual'] as const) ?? 'automatic',
    paymentMethodId: null,
    paymentMethodTypes: types ?? ['card'],
    automaticPaymentMethods: readAutomaticPaymentMethods(ctx, types),
    description: p.string('description', { max: 1000 }) ?? null,
    receiptEmail: input.receiptEmail ?? null,
    shipping: input.shipping ?? null,
    metadata: Object.fromEntries(Object.entries(metadata).filter((e): e is [string, string] => e[1] !== null)),
    setupFutureUsage: input.setupFutureUsage ?? null,
    requestThreeDSecure: 'automatic',
    returnUrl: null,
    nextAction: null,
    lastPaymentError: null,
    latestChargeId: null,
    amountCapturable: 0,
    amountReceived: 0,
    canceledAt: null,
    cancellationReason: null,
    authentication: null,
    extra: { ...readExtraParams(p, 'create'), ...(types && { allowed_payment_method_types: types }) },
  };
  applyCardOptions(pi, input.cardOptions);
  if (confirm) requireReturnUrl(ctx, pi, input);
  const expand = p.stringArray('expand') ?? [];
  if (!confirm) {
    if (input.paymentMethodData) {
      const d = input.paymentMethodData;
      pi.paymentMethodId = storePaymentMethod(ctx.account, now, d.card, d.billingDetails, d.metadata).id;
    } else if (input.paymentMethodId) {
      pi.paymentMethodId = resolvePaymentMethod(ctx.account, input.paymentMethodId, now).id;
    }
    if (pi.paymentMethodId) pi.status = 'requires_confirmation';
  }
  ctx.account.paymentIntents.set(pi.id, pi);
  ctx.rt.emitEvent(ctx.account, ctx, 'payment_intent.created', serializePaymentIntent(pi));
  ctx.rt.store.changed();
  if (confirm) runConfirmation(ctx, pi, input);
  return { body: presentPaymentIntent(ctx, pi, expand) };
}
