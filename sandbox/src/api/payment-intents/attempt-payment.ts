import type { CardErrorSpec, TestCard } from '../../cards.js';
import { randomToken } from '../../state/ids.js';
import type { NextAction, PaymentIntentRecord, PaymentMethodRecord } from '../../state/types.js';
import { behaviourOf } from '../payment-methods/resolve-payment-method.js';
import { authorizePayment, threeDSecureResult } from './authorize-payment.js';
import { AUTHENTICATION_FAILURE, recordFailure, type AttemptResult, type Scope } from './record-failure.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

export interface AttemptOptions {
  offSession: boolean;
  errorOnRequiresAction: boolean;
}

const AUTHENTICATION_REQUIRED: CardErrorSpec = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
  param: null,
};

const ACTION_NOT_HANDLED: CardErrorSpec = {
  code: 'requires_action_not_handled',
  declineCode: null,
  message:
    'This payment required an action (3D Secure authentication) and error_on_requires_action was set, so the attempt failed instead of entering requires_action.',
  param: null,
};

const AUTHENTICATION_EXPIRED: CardErrorSpec = {
  ...AUTHENTICATION_FAILURE,
  message:
    'The authentication for this payment expired before the PaymentIntent was confirmed again. Ask the customer to authenticate again (sandbox policy: SANDBOX_REAUTH_WINDOW_SECONDS).',
};

/** Whether this payment needs a 3DS challenge (STRIPE_FACTS §1 rules plus `request_three_d_secure`). */
function needsChallenge(
  test: TestCard | undefined,
  pm: PaymentMethodRecord,
  pi: PaymentIntentRecord,
  offSession: boolean,
): boolean {
  const rule = test?.threeDSecure ?? 'not_enrolled';
  if (rule === 'not_supported' || rule === 'not_enrolled') return false;
  if (rule === 'required') return true;
  if (rule === 'required_unless_set_up') return offSession ? !pm.setUpForFutureUsage : true;
  if (rule === 'required_on_session' && !offSession) return true;
  return !offSession && pi.requestThreeDSecure !== 'automatic';
}

/** One confirmation of a PaymentIntent with a card; the PI records the result. */
export function attemptPayment(
  scope: Scope,
  pi: PaymentIntentRecord,
  pm: PaymentMethodRecord,
  opts: AttemptOptions,
): AttemptResult {
  const reused = pi.authentication;
  pi.paymentMethodId = pm.id;
  pi.lastPaymentError = null;
  pi.nextAction = null;
  if (reused?.status === 'completed' && reused.paymentMethodId === pm.id && pi.status === 'requires_confirmation') {
    return confirmAfterAuthentication(scope, pi, pm, reused.completedAt ?? 0);
  }
  pi.authentication = null;
  const test = behaviourOf(pm);
  if (!needsChallenge(test, pm, pi, opts.offSession)) {
    const requested = pi.requestThreeDSecure !== 'automatic' && !opts.offSession;
    const rule = test?.threeDSecure ?? 'not_enrolled';
    const threeDS = !requested
      ? null
      : threeDSecureResult(rule === 'not_supported' ? 'not_supported' : 'attempt_acknowledged');
    return authorizePayment(scope, pi, pm, threeDS);
  }
  if (opts.offSession) return recordFailure(scope, pi, pm, AUTHENTICATION_REQUIRED, null);
  if (test?.lookupError) return recordFailure(scope, pi, pm, test.lookupError, null);
  if (opts.errorOnRequiresAction) return recordFailure(scope, pi, pm, ACTION_NOT_HANDLED, null);
  requireAction(scope, pi, pm);
  return { ok: true };
}

/** Manual confirmation after the customer's 3DS: authorize, unless the re-confirm window has passed. */
function confirmAfterAuthentication(
  scope: Scope,
  pi: PaymentIntentRecord,
  pm: PaymentMethodRecord,
  completedAt: number,
): AttemptResult {
  const windowMs = scope.rt.options.reauthWindowSeconds * 1000;
  if (scope.rt.clock.nowMs() - completedAt > windowMs) {
    return recordFailure(scope, pi, pm, AUTHENTICATION_EXPIRED, null);
  }
  return authorizePayment(scope, pi, pm, threeDSecureResult('authenticated'));
}

function requireAction(scope: Scope, pi: PaymentIntentRecord, pm: PaymentMethodRecord): void {
  const token = randomToken(32);
  scope.rt.store.threeDsTokens.set(token, {
    token,
    accountId: scope.account.id,
    paymentIntentId: pi.id,
    returnUrl: pi.returnUrl,
    status: 'pending',
  });
  pi.authentication = { token, paymentMethodId: pm.id, status: 'pending', completedAt: null };
  pi.status = 'requires_action';
  pi.nextAction = nextActionFor(scope.rt.publicUrl, token, pi.returnUrl);
  scope.rt.emitEvent(scope.account, scope.origin, 'payment_intent.requires_action', serializePaymentIntent(pi));
}

/** The `next_action` shapes agreed in CONTRACT.md. */
function nextActionFor(publicUrl: string, token: string, returnUrl: string | null): NextAction {
  if (returnUrl) {
    return { type: 'redirect_to_url', redirect_to_url: { url: `${publicUrl}/3ds/${token}`, return_url: returnUrl } };
  }
  return {
    type: 'use_stripe_sdk',
    use_stripe_sdk: {
      type: 'three_d_secure_redirect',
      stripe_js: `${publicUrl}/3ds/${token}?frame=modal`,
      source: token,
    },
  };
}
