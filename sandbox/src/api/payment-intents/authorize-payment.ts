import { randomUUID } from 'node:crypto';
import type { CardErrorSpec } from '../../cards.js';
import { newId } from '../../state/ids.js';
import type {
  ChargeOutcome,
  ChargeRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
  ThreeDSecureResult,
} from '../../state/types.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import { behaviourOf } from '../payment-methods/resolve-payment-method.js';
import { recordChargeBalance } from '../balance-transactions/record-balance.js';
import { capturesManually } from './card-options.js';
import { recordFailure, type AttemptResult, type Scope } from './record-failure.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

export function threeDSecureResult(result: ThreeDSecureResult['result']): ThreeDSecureResult {
  const challenged = result === 'authenticated' || result === 'failed';
  return {
    authentication_flow: challenged ? 'challenge' : null,
    electronic_commerce_indicator: result === 'authenticated' ? '05' : result === 'attempt_acknowledged' ? '06' : null,
    exemption_indicator: null,
    result,
    result_reason: result === 'attempt_acknowledged' ? 'card_not_enrolled' : null,
    transaction_id: result === 'not_supported' ? null : randomUUID(),
    version: result === 'not_supported' ? null : '2.2.0',
  };
}

function outcomeFor(decline: CardErrorSpec | null, blocked: boolean, riskLevel: string): ChargeOutcome {
  const outcome = (network_status: string, reason: string | null, seller_message: string, type: string) => ({
    advice_code: null,
    network_advice_code: null,
    network_decline_code: null,
    network_status,
    reason,
    risk_level: riskLevel,
    risk_score: { highest: 89, elevated: 70 }[riskLevel] ?? 20 + Math.floor(Math.random() * 40),
    seller_message,
    type,
  });
  if (blocked)
    return outcome('not_sent_to_network', 'highest_risk_level', 'Stripe blocked this payment as too risky.', 'blocked');
  if (decline) {
    const reason = decline.declineCode ?? decline.code;
    return outcome(
      'declined_by_network',
      reason,
      'The bank did not return any further details with this decline.',
      'issuer_declined',
    );
  }
  return outcome('approved_by_network', null, 'Payment complete.', 'authorized');
}

function createCharge(
  scope: Scope,
  pi: PaymentIntentRecord,
  pm: PaymentMethodRecord,
  threeDS: ThreeDSecureResult | null,
): ChargeRecord {
  const test = behaviourOf(pm);
  const decline = test?.decline ?? null;
  const captured = !decline && !capturesManually(pi);
  const charge: ChargeRecord = {
    id: newId('ch'),
    created: scope.rt.clock.nowSeconds(),
    amount: pi.amount,
    amountCaptured: captured ? pi.amount : 0,
    amountRefunded: 0,
    currency: pi.currency,
    status: decline ? 'failed' : 'succeeded',
    captured,
    paymentIntentId: pi.id,
    paymentMethodId: pm.id,
    card: pm.card,
    billingDetails: pm.billingDetails,
    threeDSecure: threeDS,
    outcome: outcomeFor(decline, test?.blocked ?? false, test?.riskLevel ?? 'normal'),
    failureCode: decline?.code ?? null,
    failureMessage: decline?.message ?? null,
    description: pi.description,
    receiptEmail: pi.receiptEmail,
    metadata: { ...pi.metadata },
    refundIds: [],
  };
  scope.account.charges.set(charge.id, charge);
  pi.latestChargeId = charge.id;
  return charge;
}

/**
 * Authorizes with the card network (after any 3DS): a Charge is created either way. Success moves
 * the PI to succeeded (or requires_capture); the card's decline sends it back to requires_payment_method.
 */
export function authorizePayment(
  scope: Scope,
  pi: PaymentIntentRecord,
  pm: PaymentMethodRecord,
  threeDS: ThreeDSecureResult | null,
): AttemptResult {
  const charge = createCharge(scope, pi, pm, threeDS);
  const emit = (type: string, object: unknown) => scope.rt.emitEvent(scope.account, scope.origin, type, object);
  const decline = behaviourOf(pm)?.decline;
  if (decline) {
    emit('charge.failed', serializeCharge(charge));
    return recordFailure(scope, pi, pm, decline, charge.id);
  }
  pi.nextAction = null;
  pi.lastPaymentError = null;
  pi.authentication = null;
  if (pi.setupFutureUsage) pm.setUpForFutureUsage = true;
  emit('charge.succeeded', serializeCharge(charge));
  if (capturesManually(pi)) {
    pi.status = 'requires_capture';
    pi.amountCapturable = pi.amount;
    emit('payment_intent.amount_capturable_updated', serializePaymentIntent(pi));
  } else {
    pi.status = 'succeeded';
    pi.amountReceived = pi.amount;
    emit('payment_intent.succeeded', serializePaymentIntent(pi));
    recordChargeBalance(scope, charge);
  }
  return { ok: true };
}
