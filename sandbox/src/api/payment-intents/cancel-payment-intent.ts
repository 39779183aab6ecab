import { unexpectedState } from '../../http/api-error.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import { loadPaymentIntent, presentPaymentIntent } from './load-payment-intent.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

const CANCELABLE = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];
const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;

/** POST /v1/payment_intents/:id/cancel. Canceling requires_capture releases the authorization. */
export function cancelPaymentIntent(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(['cancellation_reason', 'expand']);
  const reason = p.enumOf('cancellation_reason', REASONS) ?? null;
  const pi = loadPaymentIntent(ctx);
  if (!CANCELABLE.includes(pi.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
      serializePaymentIntent(pi),
    );
  }
  const charge =
    pi.status === 'requires_capture' && pi.latestChargeId ? ctx.account.charges.get(pi.latestChargeId) : undefined;
  pi.status = 'canceled';
  pi.canceledAt = ctx.rt.clock.nowSeconds();
  pi.cancellationReason = reason;
  pi.amountCapturable = 0;
  pi.nextAction = null;
  pi.authentication = null;
  if (charge) {
    const previous = { amount_refunded: charge.amountRefunded, refunded: false };
    charge.amountRefunded = charge.amount;
    ctx.rt.emitEvent(ctx.account, ctx, 'charge.refunded', serializeCharge(charge), { previousAttributes: previous });
  }
  ctx.rt.emitEvent(ctx.account, ctx, 'payment_intent.canceled', serializePaymentIntent(pi));
  ctx.rt.store.changed();
  return { body: presentPaymentIntent(ctx, pi, p.stringArray('expand') ?? []) };
}
