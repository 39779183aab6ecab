import { unexpectedState } from '../../http/api-error.js';
import type { AccountState } from '../../state/store.js';
import type { PaymentIntentRecord, ThreeDsTokenRecord } from '../../state/types.js';
import type { EventOrigin, Runtime } from '../context.js';
import { authorizePayment, threeDSecureResult } from './authorize-payment.js';
import { AUTHENTICATION_FAILURE, recordFailure, type AttemptResult, type Scope } from './record-failure.js';

export type ThreeDsOutcome = 'complete' | 'fail';

/**
 * The customer's answer to a 3DS challenge (CONTRACT.md). complete: manual confirmation →
 * requires_confirmation (no webhook); automatic → authorize (success or the card's decline).
 * fail: requires_payment_method with `payment_intent_authentication_failure`.
 */
export function applyThreeDsOutcome(
  rt: Runtime,
  account: AccountState,
  record: ThreeDsTokenRecord,
  outcome: ThreeDsOutcome,
  origin: EventOrigin,
): { paymentIntent: PaymentIntentRecord; redirectUrl: string | null } {
  const pi = account.paymentIntents.get(record.paymentIntentId);
  const attempt = pi?.authentication;
  const pm = attempt && account.paymentMethods.get(attempt.paymentMethodId);
  if (
    !pi ||
    !attempt ||
    !pm ||
    record.status !== 'pending' ||
    pi.status !== 'requires_action' ||
    attempt.token !== record.token
  ) {
    throw unexpectedState(
      'This 3D Secure authentication is no longer pending: it was already completed, failed or replaced.',
    );
  }
  const scope: Scope = { rt, account, origin };
  let result: AttemptResult;
  if (outcome === 'fail') {
    record.status = 'failed';
    result = recordFailure(scope, pi, pm, AUTHENTICATION_FAILURE, null);
  } else {
    record.status = 'completed';
    attempt.status = 'completed';
    attempt.completedAt = rt.clock.nowMs();
    if (pi.confirmationMethod === 'manual') {
      pi.status = 'requires_confirmation';
      pi.nextAction = null;
      result = { ok: true };
    } else {
      result = authorizePayment(scope, pi, pm, threeDSecureResult('authenticated'));
    }
  }
  rt.store.changed();
  return { paymentIntent: pi, redirectUrl: redirectUrl(record.returnUrl, pi, result.ok) };
}

function redirectUrl(returnUrl: string | null, pi: PaymentIntentRecord, succeeded: boolean): string | null {
  if (!returnUrl) return null;
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', pi.id);
  url.searchParams.set('payment_intent_client_secret', pi.clientSecret);
  url.searchParams.set('redirect_status', succeeded ? 'succeeded' : 'failed');
  return url.toString();
}
