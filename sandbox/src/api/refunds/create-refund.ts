import { invalidRequest, resourceMissing } from '../../http/api-error.js';
import { newId } from '../../state/ids.js';
import type { ChargeRecord, RefundRecord } from '../../state/types.js';
import { recordRefundBalance } from '../balance-transactions/record-balance.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { expandObject } from '../shared/expand.js';
import { serializeRefund } from './serialize-refund.js';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

function findCharge(ctx: ApiContext): ChargeRecord {
  const p = ctx.params;
  const chargeId = p.string('charge');
  const piId = p.string('payment_intent');
  if (chargeId && piId) {
    throw invalidRequest('You may only specify one of these parameters: charge, payment_intent.', {
      code: 'parameters_exclusive',
    });
  }
  if (chargeId) {
    const charge = ctx.account.charges.get(chargeId);
    if (!charge) throw resourceMissing('charge', chargeId, 'charge', 400);
    return charge;
  }
  if (!piId) {
    throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', {
      code: 'parameter_missing',
      param: 'payment_intent',
    });
  }
  const pi = ctx.account.paymentIntents.get(piId);
  if (!pi) throw resourceMissing('payment_intent', piId, 'payment_intent', 400);
  const charge = pi.latestChargeId ? ctx.account.charges.get(pi.latestChargeId) : undefined;
  if (!charge || pi.status !== 'succeeded') {
    throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, {
      code: 'charge_not_refundable',
      param: 'payment_intent',
    });
  }
  return charge;
}

/** POST /v1/refunds — full or partial, never more than what is left on the charge. */
export function createRefund(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(['charge', 'payment_intent', 'amount', 'reason', 'metadata', 'expand']);
  const charge = findCharge(ctx);
  if (charge.status !== 'succeeded' || !charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured or did not succeed, so it cannot be refunded.`, {
      code: 'charge_not_refundable',
    });
  }
  const remaining = charge.amountCaptured - refundedBy(ctx, charge);
  if (remaining <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  }
  const amount = p.integer('amount') ?? remaining;
  if (amount <= 0) throw invalidRequest('Invalid amount: must be a positive integer.', { param: 'amount' });
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining}).`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
  const metadata = p.metadata() ?? {};
  const refund: RefundRecord = {
    id: newId('re'),
    created: ctx.rt.clock.nowSeconds(),
    amount,
    chargeId: charge.id,
    paymentIntentId: charge.paymentIntentId,
    paymentMethodId: charge.paymentMethodId,
    currency: charge.currency,
    reason: p.enumOf('reason', REASONS) ?? null,
    metadata: Object.fromEntries(Object.entries(metadata).filter((e): e is [string, string] => e[1] !== null)),
  };
  const previous = { amount_refunded: charge.amountRefunded, refunded: false };
  ctx.account.refunds.set(refund.id, refund);
  charge.refundIds.push(refund.id);
  charge.amountRefunded += amount;
  recordRefundBalance({ rt: ctx.rt, account: ctx.account, origin: ctx }, refund);
  ctx.rt.emitEvent(ctx.account, ctx, 'charge.refunded', serializeCharge(charge), { previousAttributes: previous });
  ctx.rt.emitEvent(ctx.account, ctx, 'refund.created', serializeRefund(refund));
  ctx.rt.store.changed();
  return { body: expandObject(ctx, serializeRefund(refund), p.stringArray('expand') ?? []) };
}

function refundedBy(ctx: ApiContext, charge: ChargeRecord): number {
  return charge.refundIds.reduce((sum, id) => sum + (ctx.account.refunds.get(id)?.amount ?? 0), 0);
}
