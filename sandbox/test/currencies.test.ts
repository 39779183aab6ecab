import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import {
  amountMultiple,
  currencyExponent,
  minimumCharge,
  PRESENTMENT_CURRENCIES,
} from '../src/currencies/presentment-currencies.js';
import type { RunningSandbox } from '../src/server.js';
import { newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;

before(async () => {
  sandbox = await startTestSandbox();
  stripe = stripeFor(sandbox, newAccount().secret);
});
after(() => sandbox.close());

const create = (amount: number, currency: string) =>
  stripe.paymentIntents.create({ amount, currency, allowed_payment_method_types: ['card'] });

describe('the presentment currency table', () => {
  it("holds Stripe's currencies, including those the first round refused", () => {
    assert.ok(PRESENTMENT_CURRENCIES.length >= 135, `${PRESENTMENT_CURRENCIES.length} currencies`);
    for (const code of ['usd', 'eur', 'try', 'kwd', 'clp', 'vnd', 'sar', 'egp', 'ngn', 'pkr', 'xcg', 'sle']) {
      assert.ok(PRESENTMENT_CURRENCIES.includes(code), code);
    }
  });

  const exponents: Array<[string, number, number]> = [
    ['usd', 2, 1],
    ['jpy', 0, 1],
    ['krw', 0, 1],
    ['vnd', 0, 1],
    ['clp', 0, 1],
    ['ugx', 0, 1],
    ['kwd', 3, 10],
    ['bhd', 3, 10],
    ['jod', 3, 10],
    ['omr', 3, 10],
    ['tnd', 3, 10],
    ['huf', 2, 100],
    ['twd', 2, 100],
    ['isk', 2, 100],
  ];
  for (const [code, exponent, multiple] of exponents) {
    it(`${code}: exponent ${exponent}, amounts in multiples of ${multiple}`, () => {
      assert.equal(currencyExponent(code), exponent);
      assert.equal(amountMultiple(code), multiple);
    });
  }

  const documented: Array<[string, number]> = [
    ['usd', 50],
    ['aed', 200],
    ['aud', 50],
    ['bgn', 100],
    ['brl', 50],
    ['cad', 50],
    ['chf', 50],
    ['czk', 1500],
    ['dkk', 250],
    ['eur', 50],
    ['gbp', 30],
    ['hkd', 400],
    ['huf', 17500],
    ['inr', 50],
    ['jpy', 50],
    ['mxn', 1000],
    ['myr', 200],
    ['nok', 300],
    ['nzd', 50],
    ['pln', 200],
    ['ron', 200],
    ['sek', 300],
    ['sgd', 50],
    ['thb', 1000],
  ];
  for (const [code, minimum] of documented) {
    it(`${code}: Stripe's documented minimum ${minimum}`, () => assert.equal(minimumCharge(code), minimum));
  }
});

describe('every presentment currency over the API', () => {
  for (const currency of PRESENTMENT_CURRENCIES) {
    it(`${currency}: the minimum is taken, one step below is amount_too_small, off-step is invalid_charge_amount`, async () => {
      const minimum = minimumCharge(currency);
      const step = amountMultiple(currency);
      assert.equal(minimum % step, 0, 'the minimum is itself a valid amount');
      const pi = await create(minimum, currency);
      assert.equal(pi.currency, currency);
      assert.equal(pi.amount, minimum);
      if (minimum - step > 0)
        assert.equal((await rejection(() => create(minimum - step, currency))).code, 'amount_too_small');
      if (step > 1) assert.equal((await rejection(() => create(minimum + 1, currency))).code, 'invalid_charge_amount');
      assert.equal((await rejection(() => create(100_000_000, currency))).code, 'amount_too_large');
    });
  }

  it('an unknown currency is refused on `currency`', async () => {
    const error = await rejection(() => create(1000, 'xyz'));
    assert.equal(error.param, 'currency');
  });
});
