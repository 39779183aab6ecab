import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { call, newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;
let keys: ReturnType<typeof newAccount>;

before(async () => {
  sandbox = await startTestSandbox();
  keys = newAccount();
  stripe = stripeFor(sandbox, keys.secret);
});
after(() => sandbox.close());

describe('create / retrieve / update', () => {
  it('creates a PaymentIntent with Stripe-shaped ids and a client secret', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1999,
      currency: 'USD',
      metadata: { order: 'o_1' },
      description: 'Mug',
    });
    assert.match(pi.id, /^pi_[A-Za-z0-9]{24}$/);
    assert.match(pi.client_secret ?? '', new RegExp(`^${pi.id}_secret_[A-Za-z0-9]+$`));
    assert.equal(pi.status, 'requires_payment_method');
    assert.equal(pi.currency, 'usd');
    assert.equal(pi.capture_method, 'automatic_async');
    assert.equal(pi.confirmation_method, 'automatic');
    assert.deepEqual(pi.payment_method_types, ['card']);
    assert.deepEqual(pi.metadata, { order: 'o_1' });
    assert.match(pi.lastResponse.requestId, /^req_/);
    const again = await stripe.paymentIntents.retrieve(pi.id);
    assert.equal(again.amount, 1999);
  });

  it('with a payment_method but no confirm → requires_confirmation, then confirm → succeeded', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 500,
      currency: 'usd',
      payment_method: 'pm_card_visa',
    });
    assert.equal(pi.status, 'requires_confirmation');
    assert.match(pi.payment_method as string, /^pm_/);
    const confirmed = await stripe.paymentIntents.confirm(pi.id, { expand: ['payment_method', 'latest_charge'] });
    assert.equal(confirmed.status, 'succeeded');
    assert.equal(confirmed.amount_received, 500);
    assert.equal((confirmed.payment_method as Stripe.PaymentMethod).card?.last4, '4242');
    const charge = confirmed.latest_charge as Stripe.Charge;
    assert.match(charge.id, /^ch_/);
    assert.equal(charge.outcome?.type, 'authorized');
    assert.equal(charge.amount_refunded, 0);
    assert.equal(charge.refunded, false);
  });

  it('updates amount, metadata (empty value unsets a key) and description', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      metadata: { a: '1', b: '2' },
    });
    const updated = await stripe.paymentIntents.update(pi.id, {
      amount: 1500,
      metadata: { a: '', c: '3' },
      description: 'x',
    });
    assert.equal(updated.amount, 1500);
    assert.deepEqual(updated.metadata, { b: '2', c: '3' });
    const cleared = await stripe.paymentIntents.update(pi.id, { description: '' });
    assert.equal(cleared.description, null);
  });

  it('only description/metadata/receipt_email change after success', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const ok = await stripe.paymentIntents.update(pi.id, { metadata: { shipped: 'yes' } });
    assert.equal(ok.metadata.shipped, 'yes');
    const error = await rejection(() => stripe.paymentIntents.update(pi.id, { amount: 2000 }));
    assert.equal(error.code, 'payment_intent_unexpected_state');
  });
});

describe('parameter errors', () => {
  it('unknown params, top-level and nested, name the param', async () => {
    const top = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        colour: 'red',
      } as never),
    );
    assert.equal(top.type, 'StripeInvalidRequestError');
    assert.equal(top.code, 'parameter_unknown');
    assert.equal(top.param, 'colour');
    const nested = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        payment_method_options: { card: { request_three_d_secure: 'any', foo: 1 } },
      } as never),
    );
    assert.equal(nested.param, 'payment_method_options[card][foo]');
  });

  it('missing, empty and invalid values', async () => {
    const missing = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], currency: 'usd' } as never),
    );
    assert.equal(missing.code, 'parameter_missing');
    assert.equal(missing.param, 'amount');
    const notInt = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 'ten' as never, currency: 'usd' }),
    );
    assert.equal(notInt.code, 'parameter_invalid_integer');
    const empty = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: '' as never, currency: 'usd' }),
    );
    assert.equal(empty.code, 'parameter_invalid_empty');
    const enumBad = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        capture_method: 'later' as never,
      }),
    );
    assert.equal(enumBad.param, 'capture_method');
    assert.equal(enumBad.statusCode, 400);
    const currency = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000, currency: 'xyz' }),
    );
    assert.equal(currency.param, 'currency');
    const small = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 49, currency: 'usd' }),
    );
    assert.equal(small.code, 'amount_too_small');
    const large = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 100_000_000, currency: 'usd' }),
    );
    assert.equal(large.code, 'amount_too_large');
    const returnUrl = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        return_url: 'https://x.test',
      }),
    );
    assert.equal(returnUrl.param, 'return_url');
  });

  it('unknown ids: 404 on the path, 400 in a param; unknown routes 404', async () => {
    const notFound = await rejection(() => stripe.paymentIntents.retrieve('pi_missing'));
    assert.equal(notFound.statusCode, 404);
    assert.equal(notFound.code, 'resource_missing');
    const badPm = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_nope',
      }),
    );
    assert.equal(badPm.statusCode, 400);
    assert.equal(badPm.code, 'resource_missing');
    assert.equal(badPm.param, 'payment_method');
    const route = await call(sandbox, 'GET', '/v1/nothing_here', { key: keys.secret });
    assert.equal(route.status, 404);
    assert.equal(route.json.error.type, 'invalid_request_error');
  });

  it('confirm without any payment method → parameter_missing', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const error = await rejection(() => stripe.paymentIntents.confirm(pi.id));
    assert.equal(error.code, 'parameter_missing');
    assert.equal(error.param, 'payment_method');
  });
});

describe('wrong states', () => {
  it('confirm, capture and cancel in the wrong state → payment_intent_unexpected_state', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    for (const op of [
      () => stripe.paymentIntents.confirm(pi.id),
      () => stripe.paymentIntents.capture(pi.id),
      () => stripe.paymentIntents.cancel(pi.id),
    ]) {
      const error = await rejection(op);
      assert.equal(error.statusCode, 400);
      assert.equal(error.code, 'payment_intent_unexpected_state');
      assert.equal((error.payment_intent as Stripe.PaymentIntent).status, 'succeeded');
    }
  });
});

describe('capture and cancel', () => {
  it('manual capture: requires_capture, then partial capture releases the rest', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 3000,
      currency: 'usd',
      payment_method: 'pm_card_mastercard',
      confirm: true,
      capture_method: 'manual',
    });
    assert.equal(pi.status, 'requires_capture');
    assert.equal(pi.amount_capturable, 3000);
    const tooMuch = await rejection(() => stripe.paymentIntents.capture(pi.id, { amount_to_capture: 3001 }));
    assert.equal(tooMuch.param, 'amount_to_capture');
    const captured = await stripe.paymentIntents.capture(pi.id, { amount_to_capture: 2000, expand: ['latest_charge'] });
    assert.equal(captured.status, 'succeeded');
    assert.equal(captured.amount_received, 2000);
    assert.equal(captured.amount_capturable, 0);
    const charge = captured.latest_charge as Stripe.Charge;
    assert.equal(charge.captured, true);
    assert.equal(charge.amount_captured, 2000);
    assert.equal(charge.amount_refunded, 1000);
  });

  it('cancel with a reason; canceling an authorization releases it', async () => {
    const open = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const canceled = await stripe.paymentIntents.cancel(open.id, { cancellation_reason: 'requested_by_customer' });
    assert.equal(canceled.status, 'canceled');
    assert.equal(canceled.cancellation_reason, 'requested_by_customer');
    assert.ok(canceled.canceled_at);
    const held = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
    });
    const released = await stripe.paymentIntents.cancel(held.id, { expand: ['latest_charge'] });
    assert.equal((released.latest_charge as Stripe.Charge).amount_refunded, 1000);
    const badReason = await rejection(() =>
      stripe.paymentIntents.cancel(open.id, { cancellation_reason: 'bored' as never }),
    );
    assert.equal(badReason.param, 'cancellation_reason');
  });
});

describe('uncaptured authorizations', () => {
  it('are canceled automatically after 7 days of sandbox time', async () => {
    const own = newAccount();
    const s = stripeFor(sandbox, own.secret);
    const held = await s.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
    });
    await call(sandbox, 'POST', '/_sandbox/clock/advance', { key: own.secret, body: { seconds: 7 * 24 * 3600 + 1 } });
    const expired = await s.paymentIntents.retrieve(held.id);
    assert.equal(expired.status, 'canceled');
    assert.equal(expired.cancellation_reason, 'automatic');
    assert.deepEqual(
      (await s.events.list({ limit: 2 })).data.map((e) => e.type),
      ['payment_intent.canceled', 'charge.expired'],
    );
  });
});

describe('shipping and billing details', () => {
  it('are stored from create/confirm and payment_method_data', async () => {
    const address = { line1: '1 Main St', city: 'Lyon', postal_code: '69001', country: 'FR' };
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
      shipping: { name: 'Ada', address },
    });
    assert.equal(pi.shipping?.address?.city, 'Lyon');
    assert.equal(pi.shipping?.address?.state, null);
    const confirmed = await stripe.paymentIntents.confirm(pi.id, {
      payment_method_data: {
        type: 'card',
        card: { number: '4242424242424242', exp_month: 1, exp_year: 2099, cvc: '123' },
        billing_details: { name: 'Ada L', email: 'ada@example.test', address },
      },
      expand: ['payment_method'],
    } as never);
    const pm = confirmed.payment_method as Stripe.PaymentMethod;
    assert.equal(pm.billing_details.name, 'Ada L');
    assert.equal(pm.billing_details.address?.postal_code, '69001');
    const open = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
    });
    const bad = await rejection(() =>
      stripe.paymentIntents.update(open.id, { shipping: { name: 'x', address: { planet: 'Mars' } } } as never),
    );
    assert.equal(bad.param, 'shipping[address][planet]');
  });
});

describe('error_on_requires_action', () => {
  it('fails instead of entering requires_action', async () => {
    const error = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_threeDSecure2Required',
        confirm: true,
        error_on_requires_action: true,
      }),
    );
    assert.equal(error.type, 'StripeCardError');
    assert.equal(error.code, 'requires_action_not_handled');
    assert.equal((error.payment_intent as Stripe.PaymentIntent).status, 'requires_payment_method');
  });

  it('is refused without confirm=true', async () => {
    const error = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        error_on_requires_action: true,
      }),
    );
    assert.equal(error.param, 'error_on_requires_action');
  });
});

describe('list pagination', () => {
  it('limit, has_more, starting_after, ending_before, url, auto-pagination', async () => {
    const own = newAccount();
    const s = stripeFor(sandbox, own.secret);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(
        (await s.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1000 + i, currency: 'usd' }))
          .id,
      );
    const newest = [...ids].reverse();
    const first = await s.paymentIntents.list({ limit: 3 });
    assert.equal(first.url, '/v1/payment_intents');
    assert.equal(first.has_more, true);
    assert.deepEqual(
      first.data.map((p) => p.id),
      newest.slice(0, 3),
    );
    const second = await s.paymentIntents.list({ limit: 3, starting_after: newest[2] });
    assert.deepEqual(
      second.data.map((p) => p.id),
      newest.slice(3, 6),
    );
    const last = await s.paymentIntents.list({ limit: 3, starting_after: newest[5] });
    assert.deepEqual(
      last.data.map((p) => p.id),
      newest.slice(6),
    );
    assert.equal(last.has_more, false);
    const before = await s.paymentIntents.list({ limit: 2, ending_before: newest[4] });
    assert.deepEqual(
      before.data.map((p) => p.id),
      newest.slice(2, 4),
    );
    assert.equal(before.has_more, true);
    const all: string[] = [];
    for await (const pi of s.paymentIntents.list({ limit: 2 })) all.push(pi.id);
    assert.deepEqual(all, newest);
    const badLimit = await rejection(() => s.paymentIntents.list({ limit: 101 }));
    assert.equal(badLimit.param, 'limit');
  });
});

describe('keys, publishable access and transport', () => {
  it('401 for missing, malformed and live keys', async () => {
    for (const headers of [{}, { Authorization: 'Bearer sk_test_' }, { Authorization: 'Bearer sk_live_abc' }] as Record<
      string,
      string
    >[]) {
      const res = await call(sandbox, 'GET', '/v1/payment_intents', { headers });
      assert.equal(res.status, 401);
      assert.equal(res.json.error.type, 'invalid_request_error');
      assert.match(res.headers.get('request-id') ?? '', /^req_/);
    }
    const sdk = await rejection(() => stripeFor(sandbox, 'sk_test_!').paymentIntents.list());
    assert.equal(sdk.type, 'StripeAuthenticationError');
  });

  it('accounts are separated by key', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const other = stripeFor(sandbox, newAccount().secret);
    assert.equal((await rejection(() => other.paymentIntents.retrieve(pi.id))).statusCode, 404);
  });

  it('publishable key + client_secret reads a client subset; mismatches and secret-only calls fail', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      metadata: { internal: 'yes' },
    });
    const path = `/v1/payment_intents/${pi.id}?client_secret=${pi.client_secret}&key=${keys.publishable}`;
    const res = await call(sandbox, 'GET', path);
    assert.equal(res.status, 200);
    assert.equal(res.json.id, pi.id);
    assert.equal(res.json.status, 'requires_payment_method');
    assert.equal(res.json.metadata, undefined);
    const wrong = await call(
      sandbox,
      'GET',
      `/v1/payment_intents/${pi.id}?client_secret=${pi.id}_secret_nope&key=${keys.publishable}`,
    );
    assert.equal(wrong.status, 400);
    assert.equal(wrong.json.error.param, 'client_secret');
    const list = await call(sandbox, 'GET', '/v1/payment_intents', { key: keys.publishable });
    assert.equal(list.status, 401);
  });

  it('Stripe.js-style confirm: automatic PIs with payment_method_data; manual PIs refused', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const res = await call(sandbox, 'POST', `/v1/payment_intents/${pi.id}/confirm`, {
      body: {
        key: keys.publishable,
        client_secret: pi.client_secret as string,
        'payment_method_data[type]': 'card',
        'payment_method_data[card][number]': '4242424242424242',
        'payment_method_data[card][exp_month]': 12,
        'payment_method_data[card][exp_year]': 2099,
        'payment_method_data[card][cvc]': '123',
        'payment_method_data[billing_details][name]': 'Ada',
        use_stripe_sdk: true,
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.status, 'succeeded');
    const manual = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      confirmation_method: 'manual',
    });
    const refused = await call(sandbox, 'POST', `/v1/payment_intents/${manual.id}/confirm`, {
      body: { key: keys.publishable, client_secret: manual.client_secret as string, payment_method: 'pm_card_visa' },
    });
    assert.equal(refused.status, 400);
  });

  it('CORS preflight and headers; form bodies with a[]= and JSON-free errors', async () => {
    const pre = await fetch(`${sandbox.url}/v1/payment_methods`, { method: 'OPTIONS' });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    const res = await call(sandbox, 'POST', '/v1/payment_intents', {
      key: keys.secret,
      body: { amount: 1000, currency: 'usd', 'allowed_payment_method_types[]': 'card', 'expand[]': 'latest_charge' },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.json.payment_method_types, ['card']);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  it('GET /health', async () => {
    const res = await call(sandbox, 'GET', '/health');
    assert.equal(res.status, 200);
    assert.equal(res.json.status, 'ok');
  });
});

describe('currency steps', () => {
  it('takes a three-decimal currency with a trailing zero and charges it, and refuses a last digit other than 0', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 12340,
      currency: 'kwd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    assert.equal(pi.status, 'succeeded');
    assert.equal(pi.amount, 12340);
    assert.equal(pi.currency, 'kwd');
    const odd = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 12345, currency: 'kwd' }),
    );
    assert.equal(odd.statusCode, 400);
    assert.equal(odd.code, 'invalid_charge_amount');
    assert.equal(odd.param, 'amount');
  });

  it('takes whole-unit currencies only in multiples of 100, and zero-decimal ones as plain integers', async () => {
    assert.equal(
      (await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 20000, currency: 'huf' }))
        .amount,
      20000,
    );
    const fraction = await rejection(() =>
      stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 20050, currency: 'huf' }),
    );
    assert.equal(fraction.code, 'invalid_charge_amount');
    assert.equal(
      (
        await rejection(() =>
          stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1999, currency: 'twd' }),
        )
      ).code,
      'invalid_charge_amount',
    );
    assert.equal(
      (await stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 1001, currency: 'jpy' }))
        .amount,
      1001,
    );
    assert.equal(
      (
        await rejection(() =>
          stripe.paymentIntents.create({ allowed_payment_method_types: ['card'], amount: 150, currency: 'kwd' }),
        )
      ).code,
      'amount_too_small',
    );
  });
});
