import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { TEST_CARDS, type TestCard } from '../src/cards.js';
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

const payable = TEST_CARDS.filter((c) => c.paymentMethod !== null);
const challengedOnSession = (c: TestCard) =>
  ['required', 'required_unless_set_up', 'required_on_session'].includes(c.threeDSecure);

function assertCardError(error: Stripe.errors.StripeError, spec: NonNullable<TestCard['decline']>) {
  assert.equal(error.type, 'StripeCardError');
  assert.equal(error.statusCode, 402);
  assert.equal(error.code, spec.code);
  assert.equal(error.decline_code || null, spec.declineCode, 'stripe-node reports a missing decline_code as ""');
  assert.equal(error.message, spec.message);
  assert.equal(error.param ?? null, spec.param);
  const pi = error.payment_intent as Stripe.PaymentIntent;
  assert.equal(pi.status, 'requires_payment_method');
  assert.equal(pi.payment_method, null);
  assert.equal(pi.last_payment_error?.code, spec.code);
  assert.equal(pi.last_payment_error?.decline_code ?? null, spec.declineCode);
  assert.equal(pi.last_payment_error?.type, 'card_error');
}

/** Confirms on-session with the card and drives any 3DS to completion through the control API. */
async function payOnSession(paymentMethod: string, card: TestCard) {
  const create = () =>
    stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 2000,
      currency: 'eur',
      payment_method: paymentMethod,
      confirm: true,
    });
  if (card.lookupError && challengedOnSession(card)) {
    assertCardError(await rejection(create), card.lookupError);
    return;
  }
  if (!challengedOnSession(card)) {
    if (card.decline) {
      const error = await rejection(create);
      assertCardError(error, card.decline);
      const charge = await stripe.charges.retrieve(error.charge as string);
      assert.equal(charge.status, 'failed');
      assert.equal(charge.failure_code, card.decline.code);
      assert.equal(charge.outcome?.type, card.blocked ? 'blocked' : 'issuer_declined');
      return;
    }
    const pi = await create();
    assert.equal(pi.status, 'succeeded');
    const charge = await stripe.charges.retrieve(pi.latest_charge as string);
    assert.equal(charge.payment_method_details?.card?.brand, card.brand);
    assert.equal(charge.payment_method_details?.card?.last4, card.number.slice(-4));
    assert.equal(charge.payment_method_details?.card?.three_d_secure, null);
    return;
  }
  const pi = await create();
  assert.equal(pi.status, 'requires_action');
  assert.equal(pi.next_action?.type, 'use_stripe_sdk');
  await control(sandbox, keys.secret, 'POST', `/payment_intents/${pi.id}/three_d_secure`, { outcome: 'complete' });
  const after3ds = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
  const charge = after3ds.latest_charge as Stripe.Charge;
  assert.equal(charge.payment_method_details?.card?.three_d_secure?.result, 'authenticated');
  if (card.decline) {
    assert.equal(after3ds.status, 'requires_payment_method');
    assert.equal(after3ds.last_payment_error?.code, card.decline.code);
    assert.equal(after3ds.last_payment_error?.decline_code ?? null, card.decline.declineCode);
    assert.equal(after3ds.last_payment_error?.message, card.decline.message);
    assert.equal(charge.status, 'failed');
  } else {
    assert.equal(after3ds.status, 'succeeded');
    assert.equal(charge.status, 'succeeded');
  }
}

describe('every test card, on-session, by pm_card_* id', () => {
  for (const card of payable) {
    it(`${card.number} (${card.paymentMethod}) — ${card.behaviour}`, () =>
      payOnSession(card.paymentMethod as string, card));
  }
});

describe('every test card, on-session, typed in (PaymentMethod from the number)', () => {
  for (const card of TEST_CARDS) {
    it(`${card.number}`, async () => {
      const create = () =>
        stripe.paymentMethods.create({
          type: 'card',
          card: { number: card.number, exp_month: 12, exp_year: 2099, cvc: card.brand === 'amex' ? '1234' : '123' },
        });
      if (card.creationError) {
        const error = await rejection(create);
        assert.equal(error.type, 'StripeCardError');
        assert.equal(error.code, card.creationError.code);
        assert.equal(error.message, card.creationError.message);
        return;
      }
      const pm = await create();
      assert.equal(pm.card?.last4, card.number.slice(-4));
      assert.equal(pm.card?.brand, card.brand);
      assert.equal(pm.card?.country, card.country);
      await payOnSession(pm.id, card);
    });
  }
});

describe('every test card, off-session', () => {
  for (const card of payable) {
    it(`${card.number} off_session=true`, async () => {
      const create = () =>
        stripe.paymentIntents.create({
          allowed_payment_method_types: ['card'],
          amount: 1500,
          currency: 'usd',
          payment_method: card.paymentMethod as string,
          confirm: true,
          off_session: true,
        });
      const needsAuth = card.threeDSecure === 'required' || card.threeDSecure === 'required_unless_set_up';
      if (needsAuth) {
        const error = await rejection(create);
        assertCardError(error, {
          code: 'authentication_required',
          declineCode: 'authentication_required',
          message: 'Your card was declined. This transaction requires authentication.',
          param: null,
        });
        assert.equal((error.payment_method as Stripe.PaymentMethod).card?.last4, card.number.slice(-4));
      } else if (card.decline) {
        assertCardError(await rejection(create), card.decline);
      } else {
        assert.equal((await create()).status, 'succeeded');
      }
    });
  }

  it('4000002500003155 passes off-session once set up with setup_future_usage', async () => {
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '4000002500003155', exp_month: 1, exp_year: 2099 },
    });
    const setup = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
      payment_method: pm.id,
      confirm: true,
      setup_future_usage: 'off_session',
    });
    assert.equal(setup.status, 'requires_action');
    await control(sandbox, keys.secret, 'POST', `/payment_intents/${setup.id}/three_d_secure`, { outcome: 'complete' });
    const later = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
      payment_method: pm.id,
      confirm: true,
      off_session: true,
    });
    assert.equal(later.status, 'succeeded');
    const onSession = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
      payment_method: pm.id,
      confirm: true,
    });
    assert.equal(onSession.status, 'requires_action', 'on-session still always authenticates');
  });

  it('4000002500003155 without setup_future_usage stays unauthenticated off-session', async () => {
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '4000002500003155', exp_month: 1, exp_year: 2099 },
    });
    const first = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'eur',
      payment_method: pm.id,
      confirm: true,
    });
    await control(sandbox, keys.secret, 'POST', `/payment_intents/${first.id}/three_d_secure`, { outcome: 'complete' });
    const error = await rejection(() =>
      stripe.paymentIntents.create({
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'eur',
        payment_method: pm.id,
        confirm: true,
        off_session: true,
      }),
    );
    assert.equal(error.code, 'authentication_required');
  });
});

describe('request_three_d_secure', () => {
  for (const mode of ['any', 'challenge'] as const) {
    for (const card of payable.filter((c) => !c.decline && !c.lookupError)) {
      it(`${mode} on ${card.number}`, async () => {
        const pi = await stripe.paymentIntents.create({
          allowed_payment_method_types: ['card'],
          amount: 1000,
          currency: 'usd',
          payment_method: card.paymentMethod as string,
          confirm: true,
          payment_method_options: { card: { request_three_d_secure: mode } },
          expand: ['latest_charge'],
        });
        if (card.threeDSecure === 'not_supported' || card.threeDSecure === 'not_enrolled') {
          assert.equal(pi.status, 'succeeded', 'never challenged');
          const result = (pi.latest_charge as Stripe.Charge).payment_method_details?.card?.three_d_secure?.result;
          assert.equal(result, card.threeDSecure === 'not_supported' ? 'not_supported' : 'attempt_acknowledged');
        } else {
          assert.equal(pi.status, 'requires_action');
        }
      });
    }
  }
});

describe('card validation on PaymentMethod create', () => {
  const cases: Array<[string, Record<string, string | number>, string, string]> = [
    [
      'Luhn failure',
      { number: '4242424242424241', exp_month: 1, exp_year: 2099, cvc: '123' },
      'incorrect_number',
      'number',
    ],
    [
      'month 13',
      { number: '4242424242424242', exp_month: 13, exp_year: 2099, cvc: '123' },
      'invalid_expiry_month',
      'exp_month',
    ],
    [
      'past year',
      { number: '4242424242424242', exp_month: 1, exp_year: 2001, cvc: '123' },
      'invalid_expiry_year',
      'exp_year',
    ],
    ['short CVC', { number: '4242424242424242', exp_month: 1, exp_year: 2099, cvc: '12' }, 'invalid_cvc', 'cvc'],
    [
      '3-digit CVC on Amex',
      { number: '378282246310005', exp_month: 1, exp_year: 2099, cvc: '123' },
      'invalid_cvc',
      'cvc',
    ],
    ['short number', { number: '424242', exp_month: 1, exp_year: 2099, cvc: '123' }, 'incomplete_number', 'number'],
  ];
  for (const [name, card, code, param] of cases) {
    it(`${name} → ${code}`, async () => {
      const error = await rejection(() =>
        stripe.paymentMethods.create({ type: 'card', card: card as unknown as Stripe.PaymentMethodCreateParams.Card }),
      );
      assert.equal(error.type, 'StripeCardError');
      assert.equal(error.code, code);
      assert.equal(error.param, param);
    });
  }

  it('accepts a 4-digit Amex CVC and reports brand, funding, exp', async () => {
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '378282246310005', exp_month: 7, exp_year: 2099, cvc: '1234' },
    });
    assert.equal(pm.card?.brand, 'amex');
    assert.equal(pm.card?.funding, 'credit');
    assert.equal(pm.card?.exp_month, 7);
    assert.equal(pm.card?.exp_year, 2099);
  });

  it('creates PaymentMethods from the browser with a publishable key, with card errors as 402', async () => {
    const ok = await call(sandbox, 'POST', '/v1/payment_methods', {
      body: {
        type: 'card',
        'card[number]': '4242424242424242',
        'card[exp_month]': 12,
        'card[exp_year]': 2099,
        'card[cvc]': '123',
        key: keys.publishable,
      },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.card.last4, '4242');
    assert.equal(JSON.stringify(ok.json).includes('4242424242424242'), false, 'the number never comes back');
    const bad = await call(sandbox, 'POST', '/v1/payment_methods', {
      body: {
        type: 'card',
        'card[number]': '4242424242424241',
        'card[exp_month]': 12,
        'card[exp_year]': 2099,
        key: keys.publishable,
      },
    });
    assert.equal(bad.status, 402);
    assert.equal(bad.json.error.type, 'card_error');
    assert.equal(bad.json.error.code, 'incorrect_number');
  });
});
