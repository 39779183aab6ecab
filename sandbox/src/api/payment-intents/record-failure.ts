import type { CardErrorSpec } from '../../cards.js';
import { ApiError } from '../../http/api-error.js';
import type { AccountState } from '../../state/store.js';
import type { LastPaymentError, PaymentIntentRecord, PaymentMethodRecord } from '../../state/types.js';
import type { EventOrigin, Runtime } from '../context.js';
import { serializePaymentMethod } from '../payment-methods/serialize-payment-method.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

/** Where a payment attempt runs: an API call, or a 3DS outcome decided outside any API call. */
export interface Scope {
  rt: Runtime;
  account: AccountState;
  origin: EventOrigin;
}

export type AttemptResult = { ok: true } | { ok: false; error: LastPaymentError };

export const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;

export const AUTHENTICATION_FAILURE: CardErrorSpec = {
  code: 'payment_intent_authentication_failure',
  declineCode: null,
  message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
  param: null,
};

/**
 * A failed attempt (decline, failed/impossible 3DS): the PI goes back to requires_payment_method
 * with its payment method cleared and `last_payment_error` set, then `payment_intent.payment_failed`.
 */
export function recordFailure(
  scope: Scope,
  pi: PaymentIntentRecord,
  pm: PaymentMethodRecord,
  spec: CardErrorSpec,
  chargeId: string | null,
): AttemptResult {
  const error: LastPaymentError = {
    ...(chargeId ? { charge: chargeId } : {}),
    code: spec.code,
    ...(spec.declineCode ? { decline_code: spec.declineCode } : {}),
    doc_url: docUrl(spec.code),
    message: spec.message,
    ...(spec.param ? { param: spec.param } : {}),
    payment_method: serializePaymentMethod(pm),
    type: 'card_error',
  };
  pi.status = 'requires_payment_method';
  pi.paymentMethodId = null;
  pi.nextAction = null;
  pi.authentication = null;
  pi.lastPaymentError = error;
  scope.rt.emitEvent(scope.account, scope.origin, 'payment_intent.payment_failed', serializePaymentIntent(pi));
  return { ok: false, error };
}

/** The 402 a failed confirmation answers with: the PI embedded, already requires_payment_method. */
export function cardErrorFor(pi: PaymentIntentRecord, error: LastPaymentError): ApiError {
  return new ApiError(402, 'card_error', error.message, {
    code: error.code,
    declineCode: error.decline_code ?? null,
    param: error.param ?? null,
    charge: error.charge ?? null,
    paymentIntent: serializePaymentIntent(pi),
    paymentMethod: error.payment_method,
  });
}
