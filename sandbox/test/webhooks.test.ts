import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import {
  control,
  newAccount,
  rejection,
  sleep,
  startReceiver,
  startTestSandbox,
  stripeFor,
  type Receiver,
} from './helpers.js';

let sandbox: RunningSandbox;

before(async () => {
  sandbox = await startTestSandbox({ webhookTimeoutMs: 150 });
});
after(() => sandbox.close());

/** A fresh account with one endpoint on a fresh receiver. */
async function setup(answer?: Parameters<typeof startReceiver>[0], enabled: string[] = ['*']) {
  const keys = newAccount();
  const stripe = stripeFor(sandbox, keys.secret);
  const receiver = await startReceiver(answer);
  const endpoint = await stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: enabled as never });
  return { keys, stripe, receiver, endpoint, secret: endpoint.secret as string };
}

const verify = (r: Receiver['received'][number], secret: string) =>
  Stripe.webhooks.constructEvent(r.body, r.headers['stripe-signature'] as string, secret);

async function eventTypes(stripe: Stripe): Promise<string[]> {
  return (await stripe.events.list({ limit: 100 })).data.map((e) => e.type).reverse();
}

describe('webhook endpoints API', () => {
  it('create returns the secret once; retrieve/list/update/delete', async () => {
    const stripe = stripeFor(sandbox, newAccount().secret);
    const created = await stripe.webhookEndpoints.create({
      url: 'http://127.0.0.1:9/hook',
      enabled_events: ['payment_intent.succeeded'],
    });
    assert.match(created.id, /^we_/);
    assert.match(created.secret ?? '', /^whsec_/);
    const fetched = await stripe.webhookEndpoints.retrieve(created.id);
    assert.equal(fetched.secret, undefined);
    assert.equal((await stripe.webhookEndpoints.list()).data.length, 1);
    const updated = await stripe.webhookEndpoints.update(created.id, { enabled_events: ['*'], disabled: true });
    assert.deepEqual(updated.enabled_events, ['*']);
    assert.equal(updated.status, 'disabled');
    const deleted = await stripe.webhookEndpoints.del(created.id);
    assert.equal(deleted.deleted, true);
    assert.equal((await rejection(() => stripe.webhookEndpoints.retrieve(created.id))).statusCode, 404);
    const bad = await rejection(() => stripe.webhookEndpoints.create({ url: 'not a url', enabled_events: ['*'] }));
    assert.equal(bad.param, 'url');
    const missing = await rejection(() => stripe.webhookEndpoints.create({ url: 'http://x.test' } as never));
    assert.equal(missing.code, 'parameter_missing');
  });
});

describe('delivery', () => {
  it('signed events that constructEvent verifies, with request id and idempotency key', async () => {
    const { stripe, receiver, secret } = await setup();
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await receiver.waitFor(3);
    const events = receiver.received.map((r) => verify(r, secret));
    assert.deepEqual(events.map((e) => e.type).sort(), [
      'charge.succeeded',
      'payment_intent.created',
      'payment_intent.succeeded',
    ]);
    const succeeded = events.find((e) => e.type === 'payment_intent.succeeded') as Stripe.PaymentIntentSucceededEvent;
    assert.equal(succeeded.data.object.id, pi.id);
    assert.equal(succeeded.data.object.status, 'succeeded');
    assert.equal(succeeded.request?.id, pi.lastResponse.requestId);
    assert.match(succeeded.request?.idempotency_key ?? '', /^stripe-node-retry-/);
    assert.equal(succeeded.api_version, '2026-10-28.endive');
    assert.equal(succeeded.livemode, false);
    assert.equal(succeeded.pending_webhooks, 1);
    const created = events.find((e) => e.type === 'payment_intent.created') as Stripe.PaymentIntentCreatedEvent;
    assert.equal(created.data.object.status, 'requires_payment_method', 'the body is frozen at emission');
    assert.equal(receiver.received[0]?.headers['content-type'], 'application/json; charset=utf-8');
    assert.throws(() =>
      Stripe.webhooks.constructEvent(
        receiver.received[0]?.body ?? '',
        receiver.received[0]?.headers['stripe-signature'] as string,
        'whsec_wrong',
      ),
    );
    await sandbox.webhooksIdle();
    assert.equal((await stripe.events.retrieve(succeeded.id)).pending_webhooks, 0);
    await receiver.close();
  });

  it('only subscribed types, and nothing for disabled or deleted endpoints', async () => {
    const { stripe, receiver, endpoint } = await setup(undefined, ['payment_intent.succeeded']);
    await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await receiver.waitFor(1);
    await sandbox.webhooksIdle();
    assert.equal(receiver.received.length, 1);
    await stripe.webhookEndpoints.update(endpoint.id, { disabled: true });
    await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await stripe.webhookEndpoints.update(endpoint.id, { disabled: false });
    await stripe.webhookEndpoints.del(endpoint.id);
    await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await sandbox.webhooksIdle();
    await sleep(50);
    assert.equal(receiver.received.length, 1);
    await receiver.close();
  });

  it('retries after the receiver answers 500, per the retry schedule', async () => {
    const { keys, stripe, receiver, secret } = await setup((_, i) => (i === 0 ? 500 : 200), ['payment_intent.created']);
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    await receiver.waitFor(2);
    assert.equal(verify(receiver.received[1] as never, secret).id, verify(receiver.received[0] as never, secret).id);
    await sandbox.webhooksIdle();
    const log = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries');
    assert.deepEqual(
      log.data.map((d: { attempt: number; status: number }) => [d.attempt, d.status]),
      [
        [1, 500],
        [2, 200],
      ],
    );
    assert.equal(log.data[0].event_type, 'payment_intent.created');
    const event = (await stripe.events.list({ type: 'payment_intent.created' })).data[0];
    assert.equal(event?.data.object && (event.data.object as Stripe.PaymentIntent).id, pi.id);
    assert.equal(event?.pending_webhooks, 0);
    await receiver.close();
  });

  it('gives up after the schedule; pending_webhooks stays, delivery_success filter sees it', async () => {
    const { keys, stripe, receiver } = await setup(() => 503, ['payment_intent.created']);
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await receiver.waitFor(4);
    await sleep(400);
    assert.equal(receiver.received.length, 4, '1 attempt + 3 retries');
    const log = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries');
    assert.equal(log.data.at(-1).next_retry_at, null);
    const failed = await stripe.events.list({ delivery_success: false });
    assert.equal(failed.data.length, 1);
    assert.equal(failed.data[0]?.pending_webhooks, 1);
    await receiver.close();
  });

  it('a slow receiver times out and is retried', async () => {
    const { keys, stripe, receiver } = await setup(
      async (_, i) => {
        if (i === 0) await sleep(400);
        return 200;
      },
      ['payment_intent.created'],
    );
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await receiver.waitFor(2);
    await sandbox.webhooksIdle();
    const log = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries');
    assert.equal(log.data[0].status, null);
    assert.match(log.data[0].error, /timed out/);
    assert.equal(log.data[1].status, 200);
    await receiver.close();
  });
});

describe('events', () => {
  it('are emitted in Stripe order for success, decline, 3DS, capture, cancel and refund', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    const keysFor = async (fn: () => Promise<unknown>) => {
      const before = (await eventTypes(stripe)).length;
      await fn().catch(() => undefined);
      return (await eventTypes(stripe)).slice(before);
    };
    const pay = (extra: Partial<Stripe.PaymentIntentCreateParams>) =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        confirm: true,
        payment_method: 'pm_card_visa',
        ...extra,
      });
    assert.deepEqual(await keysFor(() => pay({})), [
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'charge.updated',
    ]);
    assert.deepEqual(await keysFor(() => pay({ payment_method: 'pm_card_visa_chargeDeclined' })), [
      'payment_intent.created',
      'charge.failed',
      'payment_intent.payment_failed',
    ]);
    let threeDs: Stripe.PaymentIntent | undefined;
    assert.deepEqual(
      await keysFor(async () => {
        threeDs = await pay({ payment_method: 'pm_card_threeDSecureRequired' });
      }),
      ['payment_intent.created', 'payment_intent.requires_action'],
    );
    assert.deepEqual(
      await keysFor(() =>
        control(sandbox, keys.secret, 'POST', `/payment_intents/${threeDs?.id}/three_d_secure`, {
          outcome: 'complete',
        }),
      ),
      ['charge.succeeded', 'payment_intent.succeeded', 'charge.updated'],
    );
    let held: Stripe.PaymentIntent | undefined;
    assert.deepEqual(
      await keysFor(async () => {
        held = await pay({ capture_method: 'manual' });
      }),
      ['payment_intent.created', 'charge.succeeded', 'payment_intent.amount_capturable_updated'],
    );
    assert.deepEqual(await keysFor(() => stripe.paymentIntents.capture(held?.id as string)), [
      'charge.captured',
      'payment_intent.succeeded',
      'charge.updated',
    ]);
    assert.deepEqual(await keysFor(() => stripe.refunds.create({ payment_intent: held?.id as string, amount: 100 })), [
      'charge.refunded',
      'refund.created',
    ]);
    const open = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    assert.deepEqual(await keysFor(() => stripe.paymentIntents.cancel(open.id)), ['payment_intent.canceled']);
    const refunded = (await stripe.events.list({ type: 'charge.refunded' })).data[0] as Stripe.ChargeRefundedEvent;
    assert.deepEqual(refunded.data.previous_attributes, { amount_refunded: 0, refunded: false });
  });

  it('list filters by type (with wildcard) and paginates; retrieve by id', async () => {
    const stripe = stripeFor(sandbox, newAccount().secret);
    await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      confirm: true,
      payment_method: 'pm_card_visa',
    });
    const charges = await stripe.events.list({ type: 'charge.*' });
    assert.deepEqual(
      charges.data.map((e) => e.type),
      ['charge.updated', 'charge.succeeded'],
    );
    const page = await stripe.events.list({ limit: 2 });
    assert.equal(page.has_more, true);
    const one = await stripe.events.retrieve(page.data[0]?.id as string);
    assert.match(one.id, /^evt_/);
    assert.equal(one.object, 'event');
  });
});

describe('SANDBOX_WEBHOOK_URL endpoint', () => {
  it('is configured for every account and signs with the configured secret', async () => {
    const receiver = await startReceiver();
    const secret = 'whsec_configured_for_everyone';
    const own = await startTestSandbox({ webhookUrl: receiver.url, webhookSecret: secret });
    for (const account of [newAccount(), newAccount()]) {
      await stripeFor(own, account.secret).paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
      });
    }
    await receiver.waitFor(2);
    for (const r of receiver.received) assert.equal(verify(r, secret).type, 'payment_intent.created');
    await own.close();
    await receiver.close();
  });
});
