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

const RETURN_URL = 'https://shop.example/return';

describe('automatic payment methods by default (API ≥ 2023-08-16)', () => {
  it('a PaymentIntent created without types has them, from the default configuration', async () => {
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    assert.deepEqual(pi.automatic_payment_methods, { allow_redirects: 'always', enabled: true });
    assert.deepEqual(pi.payment_method_types, ['card']);
    assert.equal(pi.payment_method_configuration_details?.parent, null);
    assert.match(pi.payment_method_configuration_details?.id ?? '', /^pmc_/);
    assert.equal(pi.allowed_payment_method_types, null);
  });

  const confirmCases: Array<
    [
      label: string,
      create: Partial<Stripe.PaymentIntentCreateParams>,
      confirm: Stripe.PaymentIntentConfirmParams,
      outcome: 'return_url_required' | Stripe.PaymentIntent.Status,
    ]
  > = [
    ['default, no return_url', {}, { payment_method: 'pm_card_visa' }, 'return_url_required'],
    ['default, with return_url', {}, { payment_method: 'pm_card_visa', return_url: RETURN_URL }, 'succeeded'],
    [
      'allow_redirects=never, no return_url',
      { automatic_payment_methods: { enabled: true, allow_redirects: 'never' } },
      { payment_method: 'pm_card_visa' },
      'succeeded',
    ],
    [
      'allow_redirects=always explicitly, no return_url',
      { automatic_payment_methods: { enabled: true, allow_redirects: 'always' } },
      { payment_method: 'pm_card_visa' },
      'return_url_required',
    ],
    [
      'allowed_payment_method_types=[card]',
      { allowed_payment_method_types: ['card'] },
      { payment_method: 'pm_card_visa' },
      'succeeded',
    ],
    [
      'default, 3DS card with return_url → redirect',
      {},
      { payment_method: 'pm_card_threeDSecure2Required', return_url: RETURN_URL },
      'requires_action',
    ],
    [
      'never, 3DS card without return_url → use_stripe_sdk',
      { automatic_payment_methods: { enabled: true, allow_redirects: 'never' } },
      { payment_method: 'pm_card_threeDSecure2Required' },
      'requires_action',
    ],
  ];
  for (const [label, create, confirm, outcome] of confirmCases) {
    it(`server confirm: ${label} → ${outcome}`, async () => {
      const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', ...create });
      if (outcome === 'return_url_required') {
        const error = await rejection(() => stripe.paymentIntents.confirm(pi.id, confirm));
        assert.equal(error.type, 'StripeInvalidRequestError');
        assert.equal(error.param, 'return_url');
        assert.match(error.message, /you must provide a `return_url`/);
        assert.equal((await stripe.paymentIntents.retrieve(pi.id)).status, 'requires_payment_method');
        return;
      }
      const confirmed = await stripe.paymentIntents.confirm(pi.id, confirm);
      assert.equal(confirmed.status, outcome);
      if (outcome === 'requires_action') {
        assert.equal(confirmed.next_action?.type, confirm.return_url ? 'redirect_to_url' : 'use_stripe_sdk');
      }
    });
  }

  it('create with confirm=true and no return_url fails before anything is created', async () => {
    const own = stripeFor(sandbox, newAccount().secret);
    const error = await rejection(() =>
      own.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true }),
    );
    assert.equal(error.param, 'return_url');
    assert.equal((await own.paymentIntents.list()).data.length, 0);
    assert.equal((await own.events.list()).data.length, 0);
  });

  it('Stripe.js (publishable key) confirms without a return_url', async () => {
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const res = await call(sandbox, 'POST', `/v1/payment_intents/${pi.id}/confirm`, {
      body: { key: keys.publishable, client_secret: pi.client_secret ?? '', payment_method: 'pm_card_visa' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.status, 'succeeded');
  });

  it('automatic_payment_methods and allowed_payment_method_types together are refused', async () => {
    const error = await rejection(() =>
      stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        automatic_payment_methods: { enabled: true },
        allowed_payment_method_types: ['card'],
      }),
    );
    assert.equal(error.code, 'parameters_exclusive');
  });

  it('allowed_payment_method_types refuses what the sandbox cannot pay with', async () => {
    const error = await rejection(() =>
      stripe.paymentIntents.create({ amount: 1000, currency: 'usd', allowed_payment_method_types: ['ideal'] }),
    );
    assert.equal(error.param, 'allowed_payment_method_types');
  });
});
