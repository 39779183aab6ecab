import { invalidRequest } from '../../http/api-error.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { BROWSER_PARAMS } from '../shared/browser-params.js';
import { loadPaymentIntent, presentPaymentIntent } from './load-payment-intent.js';
import { extraParamNames, readExtraParams } from './extra-params.js';
import { CONFIRM_PARAMS, readConfirmInput, requireReturnUrl, runConfirmation } from './run-confirmation.js';

const SECRET_PARAMS = [...CONFIRM_PARAMS, 'capture_method', 'client_secret', 'expand', ...extraParamNames('confirm')];
const PUBLISHABLE_PARAMS = [
  'client_secret',
  'payment_method',
  'payment_method_data',
  'return_url',
  'use_stripe_sdk',
  'setup_future_usage',
  'payment_method_options',
  'receipt_email',
  'shipping',
  'expand',
  ...BROWSER_PARAMS,
] as const;

/**
 * POST /v1/payment_intents/:id/confirm. A publishable key (Stripe.js) may confirm only
 * `confirmation_method: automatic` PaymentIntents; manual ones need the secret key.
 */
export function confirmPaymentIntent(ctx: ApiContext): HandlerResult {
  const publishable = ctx.keyMode === 'publishable';
  ctx.params.allowOnly(publishable ? PUBLISHABLE_PARAMS : SECRET_PARAMS);
  const pi = loadPaymentIntent(ctx);
  if (publishable && pi.confirmationMethod === 'manual') {
    throw invalidRequest(
      "This PaymentIntent's confirmation_method is set to manual, so it must be confirmed on your server with a secret key.",
      { code: 'payment_intent_unexpected_state' },
    );
  }
  const input = {
    ...readConfirmInput(ctx),
    captureMethod: ctx.params.enumOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const),
  };
  const extra = readExtraParams(ctx.params, 'confirm');
  requireReturnUrl(ctx, pi, input);
  pi.extra = { ...pi.extra, ...extra };
  runConfirmation(ctx, pi, input);
  return { body: presentPaymentIntent(ctx, pi, ctx.params.stringArray('expand') ?? []) };
}
