import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { call, control, newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;
let keys: ReturnType<typeof newAccount>;

before(async () => {
  sandbox = await startTestSandbox({ publicUrl: 'http://localhost:4242', reauthWindowSeconds: 600 });
  keys = newAccount();
  stripe = stripeFor(sandbox, keys.secret);
});
after(() => sandbox.close());

const challenge = (extra: Partial<Stripe.PaymentIntentCreateParams> = {}) =>
  stripe.paymentIntents.create({
    allowed_payment_method_types: ['card'],
    amount: 4200,
    currency: 'eur',
    payment_method: 'pm_card_threeDSecure2Required',
    confirm: true,
    ...extra,
  });

function tokenOf(pi: Stripe.PaymentIntent): string {
  const action = pi.next_action;
  if (action?.type === 'redirect_to_url') return (action.redirect_to_url?.url ?? '').split('/3ds/')[1] ?? '';
  return (action?.use_stripe_sdk as { source: string }).source;
}

describe('next_action shapes (CONTRACT.md)', () => {
  it('use_stripe_sdk without return_url', async () => {
    const pi = await challenge({ use_stripe_sdk: true });
    assert.equal(pi.status, 'requires_action');
    const token = tokenOf(pi);
    assert.match(token, /^[A-Za-z0-9]{32}$/);
    assert.deepEqual(pi.next_action, {
      type: 'use_stripe_sdk',
      use_stripe_sdk: {
        type: 'three_d_secure_redirect',
        stripe_js: `http://localhost:4242/3ds/${token}?frame=modal`,
        source: token,
      },
    });
  });

  it('redirect_to_url with return_url', async () => {
    const pi = await challenge({ return_url: 'https://shop.test/return?order=7' });
    const token = tokenOf(pi);
    assert.deepEqual(pi.next_action, {
      type: 'redirect_to_url',
      redirect_to_url: { url: `http://localhost:4242/3ds/${token}`, return_url: 'https://shop.test/return?order=7' },
    });
  });
});

describe('/v1/sandbox_3ds/<token>', () => {
  it('GET describes the attempt; POST complete answers the redirect URL; a second POST is refused', async () => {
    const pi = await challenge({ return_url: 'https://shop.test/return?order=7' });
    const token = tokenOf(pi);
    const info = await call(sandbox, 'GET', `/v1/sandbox_3ds/${token}`);
    assert.deepEqual(info.json, {
      token,
      payment_intent: pi.id,
      amount: 4200,
      currency: 'eur',
      status: 'pending',
      return_url: 'https://shop.test/return?order=7',
      client_secret: pi.client_secret,
    });
    const done = await call(sandbox, 'POST', `/v1/sandbox_3ds/${token}`, { body: { outcome: 'complete' } });
    assert.equal(done.status, 200);
    const redirect = new URL(done.json.redirect_url);
    assert.equal(redirect.origin + redirect.pathname, 'https://shop.test/return');
    assert.equal(redirect.searchParams.get('order'), '7');
    assert.equal(redirect.searchParams.get('payment_intent'), pi.id);
    assert.equal(redirect.searchParams.get('payment_intent_client_secret'), pi.client_secret);
    assert.equal(redirect.searchParams.get('redirect_status'), 'succeeded');
    assert.equal((await stripe.paymentIntents.retrieve(pi.id)).status, 'succeeded');
    assert.equal((await call(sandbox, 'GET', `/v1/sandbox_3ds/${token}`)).json.status, 'completed');
    const again = await call(sandbox, 'POST', `/v1/sandbox_3ds/${token}`, { body: { outcome: 'fail' } });
    assert.equal(again.status, 400);
    assert.equal(again.json.error.code, 'payment_intent_unexpected_state');
  });

  it('POST fail → requires_payment_method with payment_intent_authentication_failure; null redirect without return_url', async () => {
    const pi = await challenge();
    const res = await call(sandbox, 'POST', `/v1/sandbox_3ds/${tokenOf(pi)}`, { body: { outcome: 'fail' } });
    assert.deepEqual(res.json, { redirect_url: null });
    const failed = await stripe.paymentIntents.retrieve(pi.id);
    assert.equal(failed.status, 'requires_payment_method');
    assert.equal(failed.payment_method, null);
    assert.equal(failed.last_payment_error?.code, 'payment_intent_authentication_failure');
    assert.equal(failed.last_payment_error?.type, 'card_error');
    const retry = await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    assert.equal(retry.status, 'succeeded', 'a failed attempt can be retried with another card');
  });

  it('unknown token → 404 resource_missing; bad outcome → 400', async () => {
    assert.equal((await call(sandbox, 'GET', '/v1/sandbox_3ds/nope')).json.error.code, 'resource_missing');
    const pi = await challenge();
    const bad = await call(sandbox, 'POST', `/v1/sandbox_3ds/${tokenOf(pi)}`, { body: { outcome: 'maybe' } });
    assert.equal(bad.status, 400);
  });

  it('3DS-then-decline card: the decline arrives after authentication, redirect_status=failed', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'gbp',
      payment_method: 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds',
      confirm: true,
      return_url: 'https://shop.test/r',
    });
    const res = await call(sandbox, 'POST', `/v1/sandbox_3ds/${tokenOf(pi)}`, { body: { outcome: 'complete' } });
    assert.equal(new URL(res.json.redirect_url).searchParams.get('redirect_status'), 'failed');
    const after3ds = await stripe.paymentIntents.retrieve(pi.id);
    assert.equal(after3ds.last_payment_error?.decline_code, 'insufficient_funds');
  });

  it('updating the PI while it waits on 3DS discards the challenge', async () => {
    const pi = await challenge();
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 5000 });
    assert.equal(updated.status, 'requires_confirmation');
    assert.equal(updated.next_action, null);
    const stale = await call(sandbox, 'POST', `/v1/sandbox_3ds/${tokenOf(pi)}`, { body: { outcome: 'complete' } });
    assert.equal(stale.status, 400);
  });
});

describe('manual confirmation', () => {
  const manual = (pm = 'pm_card_threeDSecure2Required') =>
    stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: pm,
      confirm: true,
      confirmation_method: 'manual',
    });

  it('after 3DS the PI is requires_confirmation and the server confirms it (secret key)', async () => {
    const pi = await manual();
    assert.equal(pi.status, 'requires_action');
    const decided = await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, {
      outcome: 'complete',
    });
    assert.equal(decided.payment_intent.status, 'requires_confirmation');
    const browser = await call(sandbox, 'POST', `/v1/payment_intents/${pi.id}/confirm`, {
      body: { key: keys.publishable, client_secret: pi.client_secret as string },
    });
    assert.equal(browser.status, 400, 'a publishable key cannot confirm a manual PI');
    const confirmed = await stripe.paymentIntents.confirm(pi.id, { expand: ['latest_charge'] });
    assert.equal(confirmed.status, 'succeeded');
    assert.equal(
      (confirmed.latest_charge as Stripe.Charge).payment_method_details?.card?.three_d_secure?.result,
      'authenticated',
    );
  });

  it('the 3DS-then-decline cards decline at the post-3DS confirm', async () => {
    const pi = await manual('pm_card_threeDSecureRequiredChargeDeclined');
    await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, { outcome: 'complete' });
    const error = await rejection(() => stripe.paymentIntents.confirm(pi.id));
    assert.equal(error.type, 'StripeCardError');
    assert.equal(error.code, 'card_declined');
    assert.equal(error.decline_code, 'generic_decline');
  });

  it('confirming after the re-confirm window fails with payment_intent_authentication_failure', async () => {
    const pi = await manual();
    await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, { outcome: 'complete' });
    await control(sandbox, keys.secret, 'POST', '/clock/advance', { seconds: 601 });
    const error = await rejection(() => stripe.paymentIntents.confirm(pi.id));
    assert.equal(error.type, 'StripeCardError');
    assert.equal(error.code, 'payment_intent_authentication_failure');
    assert.equal((error.payment_intent as Stripe.PaymentIntent).status, 'requires_payment_method');
  });

  it('within the window it still succeeds', async () => {
    const pi = await manual();
    await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, { outcome: 'complete' });
    await control(sandbox, keys.secret, 'POST', '/clock/advance', { seconds: 590 });
    assert.equal((await stripe.paymentIntents.confirm(pi.id)).status, 'succeeded');
  });

  it('the control API refuses a PI with nothing to decide', async () => {
    const pi = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    const res = await call(sandbox, 'POST', `/_sandbox/payment_intents/${pi.id}/three_d_secure`, {
      key: keys.secret,
      body: { outcome: 'complete' },
    });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.code, 'payment_intent_unexpected_state');
  });
});
