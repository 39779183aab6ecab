import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { serializeCharge } from '../src/api/charges/serialize-charge.js';
import { serializeEvent } from '../src/api/events/serialize-event.js';
import { serializePaymentIntent } from '../src/api/payment-intents/serialize-payment-intent.js';
import { serializePaymentMethod } from '../src/api/payment-methods/serialize-payment-method.js';
import { serializeRefund } from '../src/api/refunds/serialize-refund.js';
import { serializeWebhookEndpoint } from '../src/api/webhook-endpoints/serialize-webhook-endpoint.js';
import type { RunningSandbox } from '../src/server.js';
import type {
  ChargeRecord,
  EventRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
  RefundRecord,
  WebhookEndpointRecord,
} from '../src/state/types.js';
import { newAccount, startTestSandbox, stripeFor } from './helpers.js';

/**
 * Compile-time fixture: `tsc --noEmit` fails if a sandbox response shape stops being assignable to
 * the stripe@23 type (a missing required field, a wrong literal, a wrong nullability).
 */
export const asPaymentIntent: (pi: PaymentIntentRecord) => Stripe.PaymentIntent = serializePaymentIntent;
export const asPaymentMethod: (pm: PaymentMethodRecord) => Stripe.PaymentMethod = serializePaymentMethod;
export const asCharge: (ch: ChargeRecord) => Stripe.Charge = serializeCharge;
export const asRefund: (re: RefundRecord) => Stripe.Refund = serializeRefund;
export const asWebhookEndpoint: (we: WebhookEndpointRecord) => Stripe.WebhookEndpoint = serializeWebhookEndpoint;
export function asEvent(evt: EventRecord, pi: PaymentIntentRecord): Stripe.PaymentIntentSucceededEvent {
  return { ...serializeEvent(evt), type: 'payment_intent.succeeded', data: { object: serializePaymentIntent(pi) } };
}

let sandbox: RunningSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.close());

const keysOf = (value: object) => Object.keys(value).sort();

describe('wire objects match the typed serializers', () => {
  it('PaymentIntent, PaymentMethod, Charge, Refund, Event and WebhookEndpoint carry the typed fields', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    const endpoint: Stripe.WebhookEndpoint = await stripe.webhookEndpoints.create({
      url: 'http://127.0.0.1:9/x',
      enabled_events: ['refund.created'],
    });
    const pi: Stripe.PaymentIntent = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const pm: Stripe.PaymentMethod = await stripe.paymentMethods.retrieve(pi.payment_method as string);
    const charge: Stripe.Charge = await stripe.charges.retrieve(pi.latest_charge as string);
    const refund: Stripe.Refund = await stripe.refunds.create({ payment_intent: pi.id });
    const event: Stripe.Event = (await stripe.events.list({ type: 'payment_intent.succeeded' }))
      .data[0] as Stripe.Event;
    const account = sandbox.runtime.store.account(keys.secret.slice('sk_test_'.length));
    const record = <T>(map: Map<string, T>, id: string) => map.get(id) as T;
    assert.deepEqual(keysOf(pi), keysOf(serializePaymentIntent(record(account.paymentIntents, pi.id))));
    assert.deepEqual(keysOf(pm), keysOf(serializePaymentMethod(record(account.paymentMethods, pm.id))));
    assert.deepEqual(keysOf(charge), keysOf(serializeCharge(record(account.charges, charge.id))));
    assert.deepEqual(keysOf(refund), keysOf(serializeRefund(record(account.refunds, refund.id))));
    assert.deepEqual(keysOf(event), keysOf(serializeEvent(record(account.events, event.id))));
    assert.deepEqual(
      keysOf(endpoint),
      keysOf(serializeWebhookEndpoint(record(account.webhookEndpoints, endpoint.id), true)),
    );
    assert.equal(event.type, 'payment_intent.succeeded');
  });
});
