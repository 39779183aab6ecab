import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;

before(async () => {
  sandbox = await startTestSandbox();
  stripe = stripeFor(sandbox, newAccount().secret);
});
after(() => sandbox.close());

const base: Stripe.PaymentIntentCreateParams = {
  amount: 1000,
  currency: 'usd',
  allowed_payment_method_types: ['card'],
};

describe('documented create params are stored and echoed', () => {
  const cases: Array<[Partial<Stripe.PaymentIntentCreateParams>, (pi: Stripe.PaymentIntent) => unknown, unknown]> = [
    [{ statement_descriptor: 'TILLPOINT ORDER' }, (pi) => pi.statement_descriptor, 'TILLPOINT ORDER'],
    [{ statement_descriptor_suffix: 'ORDER 42' }, (pi) => pi.statement_descriptor_suffix, 'ORDER 42'],
    [{ transfer_group: 'group_42' }, (pi) => pi.transfer_group, 'group_42'],
    [{ customer: 'cus_sandbox1' }, (pi) => pi.customer, 'cus_sandbox1'],
    [{ on_behalf_of: 'acct_sandbox1' }, (pi) => pi.on_behalf_of, 'acct_sandbox1'],
    [{ application_fee_amount: 123 }, (pi) => pi.application_fee_amount, 123],
    [{ excluded_payment_method_types: ['ideal'] }, (pi) => pi.excluded_payment_method_types, ['ideal']],
    [{ allowed_payment_method_types: ['card'] }, (pi) => pi.allowed_payment_method_types, ['card']],
    [
      { transfer_data: { destination: 'acct_dest', amount: 500 } },
      (pi) => pi.transfer_data,
      { amount: 500, destination: 'acct_dest' },
    ],
    [
      { payment_method_configuration: 'pmc_custom', allowed_payment_method_types: undefined },
      (pi) => pi.payment_method_configuration_details,
      { id: 'pmc_custom', parent: null },
    ],
    [
      { payment_method_options: { card: { capture_method: 'manual' } } },
      (pi) => pi.payment_method_options?.card?.capture_method,
      'manual',
    ],
    [
      { payment_method_options: { card: { network: 'cartes_bancaires' } } },
      (pi) => pi.payment_method_options?.card?.network,
      'cartes_bancaires',
    ],
    [
      { payment_method_options: { card: { request_overcapture: 'if_available' } } },
      (pi) => pi.payment_method_options?.card?.request_overcapture,
      'if_available',
    ],
    [
      { payment_method_options: { card: { request_three_d_secure: 'challenge' } } },
      (pi) => pi.payment_method_options?.card?.request_three_d_secure,
      'challenge',
    ],
  ];
  for (const [params, read, expected] of cases) {
    it(`${JSON.stringify(params)}`, async () => {
      const pi = await stripe.paymentIntents.create({ ...base, ...params });
      assert.deepEqual(read(pi), expected);
      assert.deepEqual(read(await stripe.paymentIntents.retrieve(pi.id)), expected);
    });
  }
});

describe('documented params without a field are accepted and ignored', () => {
  const cases: Array<Partial<Stripe.PaymentIntentCreateParams>> = [
    { radar_options: { session: 'rse_123' } },
    { mandate_data: { customer_acceptance: { type: 'offline' } } },
    { amount_details: { discount_amount: 100 } },
    { hooks: { inputs: { tax: { calculation: 'taxcalc_1' } } } },
    { payment_details: { customer_reference: 'c-1' } },
    { payment_method_options: { us_bank_account: { verification_method: 'automatic' } } },
    { payment_method_options: { card: { installments: { enabled: false }, require_cvc_recollection: true } } },
  ];
  for (const params of cases) {
    it(`${Object.keys(params).join(', ')}: ${JSON.stringify(params)}`, async () => {
      const pi = await stripe.paymentIntents.create({ ...base, ...params });
      assert.equal(pi.status, 'requires_payment_method');
    });
  }
});

describe('types and enums are validated like Stripe', () => {
  const cases: Array<[Record<string, unknown>, string, string?]> = [
    [{ statement_descriptor_suffix: 'X'.repeat(23) }, 'statement_descriptor_suffix'],
    [{ application_fee_amount: -1 }, 'application_fee_amount'],
    [{ application_fee_amount: 'ten' }, 'application_fee_amount', 'parameter_invalid_integer'],
    [{ customer: 'not_a_customer' }, 'customer', 'resource_missing'],
    [{ on_behalf_of: 'someone' }, 'on_behalf_of', 'resource_missing'],
    [{ transfer_data: { amount: 100 } }, 'transfer_data[destination]'],
    [
      { payment_method_options: { card: { capture_method: 'automatic' } } },
      'payment_method_options[card][capture_method]',
    ],
    [{ payment_method_options: { card: { network: 'bitcoin' } } }, 'payment_method_options[card][network]'],
    [
      { payment_method_options: { card: { unknown_option: 'x' } } },
      'payment_method_options[card][unknown_option]',
      'parameter_unknown',
    ],
    [{ radar_options: { fingerprint: 'x' } }, 'radar_options[fingerprint]', 'parameter_unknown'],
    [{ not_a_param: 'x' }, 'not_a_param', 'parameter_unknown'],
  ];
  for (const [params, param, code] of cases) {
    it(`${JSON.stringify(params)} → 400 on ${param}`, async () => {
      const error = await rejection(() => stripe.paymentIntents.create({ ...base, ...(params as object) }));
      assert.equal(error.type, 'StripeInvalidRequestError');
      assert.equal(error.param, param);
      if (code) assert.equal(error.code, code);
    });
  }
});

describe('update and confirm take their documented params', () => {
  it('update stores statement descriptors, transfer group and customer; the descriptors stay updatable after success', async () => {
    const pi = await stripe.paymentIntents.create(base);
    const updated = await stripe.paymentIntents.update(pi.id, {
      statement_descriptor_suffix: 'SUFFIX',
      transfer_group: 'tg',
      customer: 'cus_123',
      application_fee_amount: 10,
      payment_details: { order_reference: 'o-1' },
    });
    assert.equal(updated.statement_descriptor_suffix, 'SUFFIX');
    assert.equal(updated.transfer_group, 'tg');
    assert.equal(updated.customer, 'cus_123');
    await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    const after = await stripe.paymentIntents.update(pi.id, { statement_descriptor_suffix: 'LATER' });
    assert.equal(after.statement_descriptor_suffix, 'LATER');
  });

  it("update takes payment_method_data: the typed card becomes the PaymentIntent's", async () => {
    const pi = await stripe.paymentIntents.create(base);
    const updated = await stripe.paymentIntents.update(pi.id, {
      // Raw card numbers are typed out of stripe-node (PCI); the API takes them with a secret key in test mode.
      payment_method_data: {
        type: 'card',
        card: { number: '4000000760000002', exp_month: 12, exp_year: 2099, cvc: '123' },
      } as Stripe.PaymentIntentUpdateParams.PaymentMethodData,
      expand: ['payment_method'],
    });
    assert.equal(updated.status, 'requires_confirmation');
    assert.equal((updated.payment_method as Stripe.PaymentMethod).card?.country, 'BR');
    assert.equal((await stripe.paymentIntents.confirm(pi.id)).status, 'succeeded');
  });

  it('confirm accepts radar_options, mandate_data, excluded_payment_method_types and amount_details', async () => {
    const pi = await stripe.paymentIntents.create(base);
    const confirmed = await stripe.paymentIntents.confirm(pi.id, {
      payment_method: 'pm_card_visa',
      radar_options: { session: 'rse_1' },
      mandate_data: { customer_acceptance: { type: 'offline' } },
      excluded_payment_method_types: ['ideal'],
      amount_details: { discount_amount: 0 },
    });
    assert.equal(confirmed.status, 'succeeded');
    assert.deepEqual(confirmed.excluded_payment_method_types, ['ideal']);
  });

  it('payment_method_options[card][capture_method]=manual holds a card payment for capture', async () => {
    const pi = await stripe.paymentIntents.create({
      ...base,
      capture_method: 'automatic',
      payment_method_options: { card: { capture_method: 'manual' } },
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    assert.equal(pi.status, 'requires_capture');
    assert.equal((await stripe.paymentIntents.capture(pi.id)).status, 'succeeded');
  });
});
