import { invalidRequest, unexpectedState } from '../../http/api-error.js';
import { mergeMetadata } from '../../http/params.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { recordChargeBalance } from '../balance-transactions/record-balance.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import { loadPaymentIntent, presentPaymentIntent } from './load-payment-intent.js';
import { serializePaymentIntent } from './serialize-payment-intent.js';

/**
 * POST /v1/payment_intents/:id/capture (`amount_to_capture` ≤ amount_capturable). A partial
 * capture releases the rest, which shows as `amount_refunded` on the charge, as on Stripe.
 */
export function capturePaymentIntent(ctx: ApiContext): HandlerResult {
  const p = ctx.params.allowOnly(['amount_to_capture', 'metadata', 'expand']);
  const pi = loadPaymentIntent(ctx);
  if (pi.status !== 'requires_capture') {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      serializePaymentIntent(pi),
    );
  }
  const amount = p.integer('amount_to_capture') ?? pi.amountCapturable;
  if (amount <= 0) {
    throw invalidRequest('The amount_to_capture must be a positive integer.', { param: 'amount_to_capture' });
  }
  if (amount > pi.amountCapturable) {
    throw invalidRequest(
      `The amount_to_capture (${amount}) must be less than or equal to the amount_capturable (${pi.amountCapturable}).`,
      { code: 'amount_too_large', param: 'amount_to_capture' },
    );
  }
  const charge = pi.latestChargeId ? ctx.account.charges.get(pi.latestChargeId) : undefined;
  pi.metadata = mergeMetadata(pi.metadata, p.metadata());
  pi.status = 'succeeded';
  pi.amountReceived = amount;
  pi.amountCapturable = 0;
  if (charge) {
    charge.captured = true;
    charge.amountCaptured = amount;
    charge.amountRefunded += charge.amount - amount;
    ctx.rt.emitEvent(ctx.account, ctx, 'charge.captured', serializeCharge(charge), {
      previousAttributes: { amount_captured: 0, captured: false },
    });
  }
  ctx.rt.emitEvent(ctx.account, ctx, 'payment_intent.succeeded', serializePaymentIntent(pi));
  if (charge) recordChargeBalance({ rt: ctx.rt, account: ctx.account, origin: ctx }, charge);
  ctx.rt.store.changed();
  return { body: presentPaymentIntent(ctx, pi, p.stringArray('expand') ?? []) };
}
