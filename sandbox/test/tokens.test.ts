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

describe('card tokens', () => {
  it('Stripe.js (publishable key) makes a token; a PaymentMethod uses it once', async () => {
    const res = await call(sandbox, 'POST', '/v1/tokens', {
      body: {
        key: keys.publishable,
        'card[number]': '5200828282828210',
        'card[exp_month]': 12,
        'card[exp_year]': 2099,
        'card[cvc]': '123',
        'card[name]': 'Jenny Rosen',
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.object, 'token');
    assert.equal(res.json.type, 'card');
    assert.equal(res.json.card.brand, 'MasterCard');
    assert.equal(res.json.card.funding, 'debit');
    assert.equal(res.json.card.name, 'Jenny Rosen');
    const pm = await stripe.paymentMethods.create({ type: 'card', card: { token: res.json.id } });
    assert.equal(pm.card?.last4, '8210');
    assert.equal((await stripe.tokens.retrieve(res.json.id)).used, true);
    const again = await rejection(() => stripe.paymentMethods.create({ type: 'card', card: { token: res.json.id } }));
    assert.equal(again.code, 'token_already_used');
  });

  const testTokens: Array<[string, string, string, string, string]> = [
    ['tok_visa', 'visa', 'credit', 'US', 'succeeded'],
    ['tok_visa_debit', 'visa', 'debit', 'US', 'succeeded'],
    ['tok_mastercard_prepaid', 'mastercard', 'prepaid', 'US', 'succeeded'],
    ['tok_amex', 'amex', 'credit', 'US', 'succeeded'],
    ['tok_br', 'visa', 'credit', 'BR', 'succeeded'],
    ['tok_gb_debit', 'visa', 'debit', 'GB', 'succeeded'],
    ['tok_chargeDeclined', 'visa', 'credit', 'US', 'card_declined'],
  ];
  for (const [token, brand, funding, country, outcome] of testTokens) {
    it(`${token} as payment_method_data[card][token] → ${outcome}`, async () => {
      const create = () =>
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          allowed_payment_method_types: ['card'],
          // stripe-node types leave `card` out of payment_method_data; the API takes a token there.
          payment_method_data: { type: 'card', card: { token } } as Stripe.PaymentIntentCreateParams.PaymentMethodData,
          confirm: true,
          expand: ['payment_method'],
        });
      if (outcome !== 'succeeded') {
        assert.equal((await rejection(create)).code, outcome);
        return;
      }
      const pi = await create();
      const card = (pi.payment_method as Stripe.PaymentMethod).card;
      assert.deepEqual([card?.brand, card?.funding, card?.country], [brand, funding, country]);
      assert.equal(pi.status, outcome);
    });
  }

  it('an unknown token and a token with a number are refused', async () => {
    const unknown = await rejection(() => stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_nope' } }));
    assert.equal(unknown.code, 'resource_missing');
    const both = await call(sandbox, 'POST', '/v1/payment_methods', {
      key: keys.secret,
      body: { type: 'card', 'card[token]': 'tok_visa', 'card[number]': '4242424242424242' },
    });
    assert.equal(both.json.error.code, 'parameters_exclusive');
  });
});
