import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { call, control, newAccount, rejection, sleep, startReceiver, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;

before(async () => {
  sandbox = await startTestSandbox({ webhookRetrySchedule: [0.05, 0.05, 0.05] });
});
after(() => sandbox.close());

async function withEndpoint(types: string[] = ['payment_intent.created']) {
  const keys = newAccount();
  const stripe = stripeFor(sandbox, keys.secret);
  const receiver = await startReceiver();
  const endpoint = await stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: types as never });
  const ids = (n: number) => receiver.waitFor(n).then((rs) => rs.map((r) => (JSON.parse(r.body) as Stripe.Event).id));
  return { keys, stripe, receiver, secret: endpoint.secret as string, ids };
}

describe('webhook faults', () => {
  it('delay_ms holds every delivery back', async () => {
    const { keys, stripe, receiver } = await withEndpoint();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', { delay_ms: 300 });
    const sent = Date.now();
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await receiver.waitFor(1);
    assert.ok((receiver.received[0]?.at ?? 0) - sent >= 280, 'arrived after the delay');
    await receiver.close();
  });

  it('delay_jitter_ms delays each copy by its own random 0..jitter on top of delay_ms', async () => {
    const { keys, stripe, receiver } = await withEndpoint();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', {
      delay_ms: 100,
      delay_jitter_ms: 600,
      duplicates: 10,
    });
    const sent = Date.now();
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await receiver.waitFor(10);
    const waits = receiver.received.map((r) => r.at - sent);
    assert.ok(Math.min(...waits) >= 90, `no copy before delay_ms (${waits.join(', ')})`);
    assert.ok(Math.max(...waits) <= 100 + 600 + 300, `none long after delay_ms + jitter (${waits.join(', ')})`);
    assert.ok(Math.max(...waits) - Math.min(...waits) >= 100, `copies spread over the jitter (${waits.join(', ')})`);
    await receiver.close();
  });

  it('duplicates delivers each event N times (same event id)', async () => {
    const { keys, stripe, receiver, ids } = await withEndpoint();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', { duplicates: 3 });
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    const got = await ids(3);
    assert.equal(new Set(got).size, 1);
    const log = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries');
    assert.deepEqual(log.data.map((d: { copy: number }) => d.copy).sort(), [1, 2, 3]);
    await receiver.close();
  });

  it('shuffle_window reorders deliveries within the window', async () => {
    const { keys, stripe, receiver, ids } = await withEndpoint();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', { shuffle_window: 10 });
    let shuffled = false;
    for (let round = 0; round < 5 && !shuffled; round++) {
      const before = receiver.received.length;
      for (let i = 0; i < 10; i++)
        await stripe.paymentIntents.create({
          allowed_payment_method_types: ['card'],
          amount: 1000 + i,
          currency: 'usd',
        });
      const got = (await ids(before + 10)).slice(before);
      const emitted = (await stripe.events.list({ limit: 10 })).data.map((e) => e.id).reverse();
      assert.deepEqual([...got].sort(), [...emitted].sort(), 'same events');
      shuffled = got.join() !== emitted.join();
    }
    assert.ok(shuffled, 'order differed from emission order');
    await receiver.close();
  });

  it('drop_rate=1 drops every first attempt; the retry delivers it', async () => {
    const { keys, stripe, receiver } = await withEndpoint();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', { drop_rate: 1 });
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await receiver.waitFor(1);
    await sandbox.webhooksIdle();
    const log = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries');
    assert.deepEqual(
      log.data.map((d: { attempt: number; status: number | null }) => [d.attempt, d.status]),
      [
        [1, null],
        [2, 200],
      ],
    );
    assert.match(log.data[0].error, /dropped/);
    assert.equal(receiver.received.length, 1);
    await receiver.close();
  });

  it('GET /faults shows the knobs and DELETE /faults clears them', async () => {
    const keys = newAccount();
    await control(sandbox, keys.secret, 'POST', '/faults/webhooks', { duplicates: 2, drop_rate: 0.5 });
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { count: 2 });
    const set = await control(sandbox, keys.secret, 'GET', '/faults');
    assert.equal(set.webhook.duplicates, 2);
    assert.equal(set.api.length, 1);
    const cleared = await control(sandbox, keys.secret, 'DELETE', '/faults');
    assert.deepEqual(cleared, {
      webhook: { delayMs: 0, delayJitterMs: 0, duplicates: 1, shuffleWindow: 0, dropRate: 0 },
      api: [],
    });
  });
});

describe('API faults', () => {
  it('fail (when=before) answers the chosen 5xx without executing; not stored under the key', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { count: 2, status: 503 });
    for (let i = 0; i < 2; i++) {
      const error = await rejection(() =>
        stripe.paymentIntents.create(
          { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
          { idempotencyKey: 'k1' },
        ),
      );
      assert.equal(error.type, 'StripeAPIError');
      assert.equal(error.statusCode, 503);
    }
    assert.equal((await stripe.paymentIntents.list()).data.length, 0, 'nothing executed');
    const ok = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k1' },
    );
    assert.equal(ok.status, 'requires_payment_method', 'the third call goes through with the same key');
  });

  it('fail lets the SDK retry with the same key and recover', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret, { maxNetworkRetries: 2 });
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { count: 1, status: 500 });
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    assert.equal(pi.amount, 1000);
    assert.equal((await stripe.paymentIntents.list()).data.length, 1);
  });

  it('fail (when=after) executes, answers 5xx, and replays that 5xx for the key (Stripe-Should-Retry: false)', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { status: 500, when: 'after' });
    const error = await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
        { idempotencyKey: 'k2' },
      ),
    );
    assert.equal(error.statusCode, 500);
    assert.equal(error.headers?.['stripe-should-retry'], 'false');
    const replay = await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
        { idempotencyKey: 'k2' },
      ),
    );
    assert.equal(replay.statusCode, 500);
    assert.equal(replay.headers?.['idempotent-replayed'], 'true');
    assert.equal((await stripe.paymentIntents.list()).data.length, 1, 'the call did execute');
  });

  it('status 429 → StripeRateLimitError', async () => {
    const keys = newAccount();
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { status: 429 });
    const error = await rejection(() => stripeFor(sandbox, keys.secret).paymentIntents.list());
    assert.equal(error.type, 'StripeRateLimitError');
  });

  it('path and method narrow which calls fail', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { path: '/v1/refunds', method: 'POST', status: 502 });
    await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' });
    await stripe.refunds.list();
    const error = await rejection(() => stripe.refunds.create({ payment_intent: 'pi_x' }));
    assert.equal(error.statusCode, 502);
  });

  it('hang holds a call past the client timeout; the call still executes', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret, { timeout: 100 });
    await control(sandbox, keys.secret, 'POST', '/faults/hang', { ms: 300, path: '/v1/payment_intents' });
    const error = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' }),
    );
    assert.equal(error.type, 'StripeConnectionError');
    assert.match(error.message, /timeout/);
    await sleep(300);
    assert.equal((await stripe.paymentIntents.list()).data.length, 1);
  });

  it('the control API itself is never faulted and needs a secret key', async () => {
    const keys = newAccount();
    await control(sandbox, keys.secret, 'POST', '/faults/fail', { count: 5 });
    assert.ok(await control(sandbox, keys.secret, 'GET', '/clock'));
    assert.equal((await call(sandbox, 'GET', '/_sandbox/clock', { key: keys.publishable })).status, 401);
    assert.equal((await call(sandbox, 'GET', '/_sandbox/clock')).status, 401);
    const bad = await call(sandbox, 'POST', '/_sandbox/faults/fail', { key: keys.secret, body: { status: 418 } });
    assert.equal(bad.status, 400);
  });
});

describe('clock, 3DS decisions, reset, delivery log', () => {
  it('advancing the clock moves created timestamps and releases scheduled retries', async () => {
    const own = await startTestSandbox({ webhookRetrySchedule: [3600] });
    const keys = newAccount();
    const stripe = stripeFor(own, keys.secret);
    const receiver = await startReceiver((_, i) => (i === 0 ? 500 : 200));
    await stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ['payment_intent.created'] });
    const a = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    await receiver.waitFor(1);
    await sleep(50);
    assert.equal(receiver.received.length, 1, 'retry waits an hour');
    const clock = await control(own, keys.secret, 'POST', '/clock/advance', { seconds: 3601 });
    assert.ok(clock.offset_seconds >= 3601);
    await receiver.waitFor(2);
    const b = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    assert.ok(b.created - a.created >= 3601);
    await receiver.close();
    await own.close();
  });

  it('POST /payment_intents/:id/three_d_secure decides without a browser', async () => {
    const keys = newAccount();
    const stripe = stripeFor(sandbox, keys.secret);
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
    });
    const failed = await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, {
      outcome: 'fail',
    });
    assert.equal(failed.payment_intent.last_payment_error.code, 'payment_intent_authentication_failure');
  });

  it('reset (account) forgets one account; reset (all) everything', async () => {
    const a = newAccount();
    const b = newAccount();
    const pa = await stripeFor(sandbox, a.secret).paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const pb = await stripeFor(sandbox, b.secret).paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    await control(sandbox, a.secret, 'POST', '/reset');
    assert.equal((await rejection(() => stripeFor(sandbox, a.secret).paymentIntents.retrieve(pa.id))).statusCode, 404);
    assert.equal((await stripeFor(sandbox, b.secret).paymentIntents.retrieve(pb.id)).id, pb.id);
    const own = await startTestSandbox();
    const c = newAccount();
    const pc = await stripeFor(own, c.secret).paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    await control(own, newAccount().secret, 'POST', '/reset', { scope: 'all' });
    assert.equal((await rejection(() => stripeFor(own, c.secret).paymentIntents.retrieve(pc.id))).statusCode, 404);
    await own.close();
  });

  it('the delivery log filters by event and type; /webhooks/status reports the queue', async () => {
    const { keys, stripe, receiver } = await withEndpoint(['*']);
    await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await receiver.waitFor(3);
    const status = await control(sandbox, keys.secret, 'GET', '/webhooks/status?wait_ms=1000');
    assert.deepEqual(status, { ready: 0, scheduled: 0, in_flight: 0 });
    const byType = await control(sandbox, keys.secret, 'GET', '/webhooks/deliveries?event_type=charge.succeeded');
    assert.equal(byType.data.length, 1);
    const byEvent = await control(
      sandbox,
      keys.secret,
      'GET',
      `/webhooks/deliveries?event_id=${byType.data[0].event_id}`,
    );
    assert.equal(byEvent.data[0].status, 200);
    assert.match(byEvent.data[0].endpoint_id, /^we_/);
    await receiver.close();
  });
});
