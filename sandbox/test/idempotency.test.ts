import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { call, control, newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;
let keys: ReturnType<typeof newAccount>;

before(async () => {
  sandbox = await startTestSandbox();
  keys = newAccount();
  stripe = stripeFor(sandbox, keys.secret);
});
after(() => sandbox.close());

const body = {
  amount: 1234,
  currency: 'usd',
  payment_method: 'pm_card_visa',
  confirm: 'true',
  'allowed_payment_method_types[0]': 'card',
};

describe('idempotency (STRIPE_FACTS §5)', () => {
  it('replays the first response byte for byte with Original-Request and Idempotent-Replayed', async () => {
    const headers = { 'Idempotency-Key': 'order-1' };
    const first = await call(sandbox, 'POST', '/v1/payment_intents', { key: keys.secret, body, headers });
    const second = await call(sandbox, 'POST', '/v1/payment_intents', { key: keys.secret, body, headers });
    assert.equal(first.status, 200);
    assert.deepEqual(second.json, first.json);
    const firstId = first.headers.get('request-id');
    assert.equal(first.headers.get('original-request'), firstId);
    assert.equal(second.headers.get('original-request'), firstId);
    assert.notEqual(second.headers.get('request-id'), firstId);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.equal(second.headers.get('idempotency-key'), 'order-1');
    const list = await stripe.paymentIntents.list({ limit: 100 });
    assert.equal(list.data.filter((p) => p.amount === 1234).length, 1, 'executed once');
  });

  it('the SDK sees the same object; params compare after parsing (order does not matter)', async () => {
    const a = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 2000, currency: 'usd', metadata: { x: '1', y: '2' } },
      { idempotencyKey: 'k-sdk' },
    );
    const b = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], metadata: { y: '2', x: '1' }, currency: 'usd', amount: 2000 },
      { idempotencyKey: 'k-sdk' },
    );
    assert.equal(a.id, b.id);
    assert.equal(b.lastResponse.headers['idempotent-replayed'], 'true');
  });

  it('different params → 400 StripeIdempotencyError; a different endpoint too', async () => {
    await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 2000, currency: 'usd' },
      { idempotencyKey: 'k-mismatch' },
    );
    const error = await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 2001, currency: 'usd' },
        { idempotencyKey: 'k-mismatch' },
      ),
    );
    assert.equal(error.type, 'StripeIdempotencyError');
    assert.equal(error.statusCode, 400);
    const other = await rejection(() =>
      stripe.refunds.create({ payment_intent: 'pi_x' }, { idempotencyKey: 'k-mismatch' }),
    );
    assert.equal(other.type, 'StripeIdempotencyError');
  });

  it('the same key while the first request still runs → 409 idempotency_key_in_use', async () => {
    await control(sandbox, keys.secret, 'POST', '/faults/hang', { ms: 300, path: '/v1/payment_intents' });
    const slow = stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 3000, currency: 'usd' },
      { idempotencyKey: 'k-busy' },
    );
    await new Promise((r) => setTimeout(r, 50));
    const error = await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 3000, currency: 'usd' },
        { idempotencyKey: 'k-busy' },
      ),
    );
    assert.equal(error.statusCode, 409);
    assert.equal(error.code, 'idempotency_key_in_use');
    assert.equal(error.headers?.['stripe-should-retry'], 'true');
    const done = await slow;
    const replay = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 3000, currency: 'usd' },
      { idempotencyKey: 'k-busy' },
    );
    assert.equal(replay.id, done.id);
  });

  it('card errors (402) are stored and replayed; validation errors (400) are not', async () => {
    const declined = {
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa_chargeDeclined',
      confirm: true,
      allowed_payment_method_types: ['card'],
    };
    const e1 = await rejection(() => stripe.paymentIntents.create(declined, { idempotencyKey: 'k-402' }));
    const e2 = await rejection(() => stripe.paymentIntents.create(declined, { idempotencyKey: 'k-402' }));
    assert.equal(e2.statusCode, 402);
    assert.equal((e2.payment_intent as Stripe.PaymentIntent).id, (e1.payment_intent as Stripe.PaymentIntent).id);
    assert.equal(e2.headers?.['idempotent-replayed'], 'true');
    await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 1, currency: 'usd' },
        { idempotencyKey: 'k-400' },
      ),
    );
    const later = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k-400' },
    );
    assert.equal(later.amount, 1000, 'the key was not consumed by the failed validation');
  });

  it('keys over 255 characters → 400', async () => {
    const error = await rejection(() =>
      stripe.paymentIntents.create(
        { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
        { idempotencyKey: 'k'.repeat(256) },
      ),
    );
    assert.equal(error.type, 'StripeInvalidRequestError');
    assert.equal(error.statusCode, 400);
  });

  it('keys are per account', async () => {
    const other = stripeFor(sandbox, newAccount().secret);
    const a = await stripe.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'shared' },
    );
    const b = await other.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'shared' },
    );
    assert.notEqual(a.id, b.id);
  });

  it('a replay emits no events', async () => {
    const own = newAccount();
    const s = stripeFor(sandbox, own.secret);
    await s.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k-events' },
    );
    await s.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k-events' },
    );
    assert.equal((await s.events.list()).data.length, 1);
  });

  it('keys are pruned after 24 h of sandbox time', async () => {
    const own = newAccount();
    const s = stripeFor(sandbox, own.secret);
    const a = await s.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k-old' },
    );
    await control(sandbox, own.secret, 'POST', '/clock/advance', { seconds: 24 * 3600 + 1 });
    const b = await s.paymentIntents.create(
      { allowed_payment_method_types: ['card'], amount: 1000, currency: 'usd' },
      { idempotencyKey: 'k-old' },
    );
    assert.notEqual(a.id, b.id);
    assert.ok(b.created - a.created >= 24 * 3600, 'created follows the sandbox clock');
  });
});
