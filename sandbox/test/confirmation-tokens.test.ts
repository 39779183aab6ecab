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

const RETURN_URL = 'https://shop.example/return';
type TokenParams = NonNullable<Parameters<Stripe['testHelpers']['confirmationTokens']['create']>[0]>;
const token = (params: TokenParams) => stripe.testHelpers.confirmationTokens.create(params);

describe('ConfirmationTokens end to end', () => {
  it('the test helper makes a token with a card preview; a create with confirm uses it once', async () => {
    const ct = await token({ payment_method: 'pm_card_visa', return_url: RETURN_URL });
    assert.match(ct.id, /^ctoken_/);
    assert.equal(ct.object, 'confirmation_token');
    assert.equal(ct.payment_method_preview?.type, 'card');
    assert.equal(ct.payment_method_preview?.card?.brand, 'visa');
    assert.equal(ct.payment_method_preview?.card?.last4, '4242');
    assert.equal(ct.return_url, RETURN_URL);
    assert.equal(ct.expires_at, ct.created + 12 * 3600);
    const pi = await stripe.paymentIntents.create({
      amount: 1500,
      currency: 'eur',
      confirmation_token: ct.id,
      confirm: true,
    });
    assert.equal(pi.status, 'succeeded');
    assert.match(pi.payment_method as string, /^pm_/);
    assert.equal((await stripe.confirmationTokens.retrieve(ct.id)).payment_intent, pi.id);
    const reuse = await rejection(() =>
      stripe.paymentIntents.create({ amount: 1500, currency: 'eur', confirmation_token: ct.id, confirm: true }),
    );
    assert.equal(reuse.param, 'confirmation_token');
    assert.match(reuse.message, /already been used/);
  });

  const outcomes: Array<[string, Stripe.PaymentIntent.Status | 'declined', string | null]> = [
    ['pm_card_visa', 'succeeded', null],
    ['pm_card_mastercard_debit', 'succeeded', null],
    ['pm_card_threeDSecure2Required', 'requires_action', 'redirect_to_url'],
    ['pm_card_visa_chargeDeclined', 'declined', null],
  ];
  for (const [card, outcome, nextAction] of outcomes) {
    it(`confirm with a token of ${card} → ${outcome}`, async () => {
      const ct = await token({ payment_method: card, return_url: RETURN_URL });
      const pi = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });
      if (outcome === 'declined') {
        const error = await rejection(() => stripe.paymentIntents.confirm(pi.id, { confirmation_token: ct.id }));
        assert.equal(error.type, 'StripeCardError');
        assert.equal(error.decline_code, 'generic_decline');
        return;
      }
      const confirmed = await stripe.paymentIntents.confirm(pi.id, { confirmation_token: ct.id });
      assert.equal(confirmed.status, outcome);
      assert.equal(confirmed.next_action?.type ?? null, nextAction);
      if (nextAction) assert.equal(confirmed.next_action?.redirect_to_url?.return_url, RETURN_URL);
    });
  }

  it('the token brings shipping and setup_future_usage to the PaymentIntent', async () => {
    const shipping = { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Paris', country: 'FR' } };
    const ct = await token({ payment_method: 'pm_card_visa', shipping, setup_future_usage: 'off_session' });
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'eur',
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      confirmation_token: ct.id,
      confirm: true,
    });
    assert.equal(pi.shipping?.name, 'Jenny Rosen');
    assert.equal(pi.setup_future_usage, 'off_session');
  });

  it('Stripe.js creates tokens from typed card data with the publishable key', async () => {
    const res = await call(sandbox, 'POST', '/v1/confirmation_tokens', {
      body: {
        key: keys.publishable,
        'payment_method_data[type]': 'card',
        'payment_method_data[card][number]': '4000056655665556',
        'payment_method_data[card][exp_month]': 12,
        'payment_method_data[card][exp_year]': 2099,
        'payment_method_data[card][cvc]': '123',
        'payment_method_data[billing_details][name]': 'Jenny Rosen',
        return_url: RETURN_URL,
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.payment_method_preview.card.funding, 'debit');
    assert.equal(res.json.payment_method_preview.billing_details.name, 'Jenny Rosen');
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      confirmation_token: res.json.id,
      confirm: true,
    });
    assert.equal(pi.status, 'succeeded');
  });

  const refusals: Array<[string, () => Promise<unknown>, string]> = [
    [
      'a token and a payment_method together',
      async () =>
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          confirmation_token: (await token({ payment_method: 'pm_card_visa' })).id,
          payment_method: 'pm_card_visa',
          confirm: true,
        }),
      'parameters_exclusive',
    ],
    [
      'a token without confirm=true',
      async () =>
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          confirmation_token: (await token({ payment_method: 'pm_card_visa' })).id,
        }),
      'confirmation_token',
    ],
    [
      'an unknown token',
      () =>
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          confirmation_token: 'ctoken_nope',
          confirm: true,
        }),
      'resource_missing',
    ],
    [
      'a token without return_url on a redirect-capable PaymentIntent',
      async () =>
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          confirmation_token: (await token({ payment_method: 'pm_card_visa' })).id,
          confirm: true,
        }),
      'return_url',
    ],
  ];
  for (const [label, run, expected] of refusals) {
    it(`refuses ${label}`, async () => {
      const error = await rejection(run);
      assert.equal(error.type, 'StripeInvalidRequestError');
      assert.ok(error.code === expected || error.param === expected, `${error.code} / ${error.param}`);
    });
  }

  it('a token expires after 12 hours (sandbox clock)', async () => {
    const own = newAccount();
    const client = stripeFor(sandbox, own.secret);
    const ct = await client.testHelpers.confirmationTokens.create({
      payment_method: 'pm_card_visa',
      return_url: RETURN_URL,
    });
    await control(sandbox, own.secret, 'POST', '/clock/advance', { seconds: 12 * 3600 + 1 });
    const error = await rejection(() =>
      client.paymentIntents.create({ amount: 1000, currency: 'usd', confirmation_token: ct.id, confirm: true }),
    );
    assert.match(error.message, /expired/);
  });
});
