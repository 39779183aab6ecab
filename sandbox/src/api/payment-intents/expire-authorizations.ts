import type { AccountState } from '../../state/store.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import type { Runtime } from '../context.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

const AUTHORIZATION_LIFETIME_SECONDS = 7 * 24 * 3600;

/**
 * Stripe cancels PaymentIntents left in requires_capture for 7 days (STRIPE_FACTS §2): the PI
 * becomes canceled (`cancellation_reason: automatic`) and its charge expires. Run on clock advance.
 */
export function expireAuthorizations(rt: Runtime, account: AccountState): void {
  const now = rt.clock.nowSeconds();
  for (const pi of account.paymentIntents.values()) {
    if (pi.status !== 'requires_capture') continue;
    const charge = pi.latestChargeId ? account.charges.get(pi.latestChargeId) : undefined;
    if (!charge || now - charge.created < AUTHORIZATION_LIFETIME_SECONDS) continue;
    const origin = { requestId: null, idempotencyKey: null };
    charge.amountRefunded = charge.amount;
    pi.status = 'canceled';
    pi.canceledAt = now;
    pi.cancellationReason = 'automatic';
    pi.amountCapturable = 0;
    rt.emitEvent(account, origin, 'charge.expired', serializeCharge(charge));
    rt.emitEvent(account, origin, 'payment_intent.canceled', serializePaymentIntent(pi));
  }
}
