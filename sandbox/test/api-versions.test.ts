import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_VERSION } from '../src/config.js';
import type { RunningSandbox } from '../src/server.js';
import { call, newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
const keys = newAccount();

before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.close());

describe('Stripe-Version header', () => {
  const cases: Array<[label: string, header: string | null, status: number, echoed: string | null]> = [
    ['absent: the current version', null, 200, API_VERSION],
    ['the current version', API_VERSION, 200, API_VERSION],
    ['an older dated version', '2023-10-16', 200, '2023-10-16'],
    ['an older named version', '2024-09-30.acacia', 200, '2024-09-30.acacia'],
    ['a 2025 version', '2025-03-31.basil', 200, '2025-03-31.basil'],
    ['garbage', 'not-a-version', 400, null],
    ['a future date', '2099-01-01', 400, null],
    ['a date with the wrong release name', '2023-10-16.acacia', 400, null],
    ['a name without a date', 'endive', 400, null],
  ];
  for (const [label, header, status, echoed] of cases) {
    it(`${label} → ${status}`, async () => {
      const headers: Record<string, string> = header === null ? {} : { 'Stripe-Version': header };
      const res = await call(sandbox, 'GET', '/v1/payment_intents', { key: keys.secret, headers });
      assert.equal(res.status, status);
      if (echoed) assert.equal(res.headers.get('stripe-version'), echoed);
      else {
        assert.equal(res.json.error.type, 'invalid_request_error');
        assert.match(res.json.error.message, /Invalid Stripe API version/);
      }
    });
  }

  it('the SDK pinned to an older version gets it echoed', async () => {
    const stripe = stripeFor(sandbox, keys.secret, { apiVersion: '2023-10-16' as never });
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    assert.equal(pi.lastResponse.headers['stripe-version'], '2023-10-16');
  });

  it('the SDK with an unknown version gets a StripeInvalidRequestError', async () => {
    const stripe = stripeFor(sandbox, keys.secret, { apiVersion: '1999-01-01' as never });
    const error = await rejection(() => stripe.paymentIntents.list());
    assert.equal(error.type, 'StripeInvalidRequestError');
    assert.equal(error.statusCode, 400);
  });

  it('idempotent replays echo the version too', async () => {
    const headers = { 'Stripe-Version': '2024-06-20', 'Idempotency-Key': 'versioned' };
    const body = { amount: 1000, currency: 'usd' };
    await call(sandbox, 'POST', '/v1/payment_intents', { key: keys.secret, body, headers });
    const replay = await call(sandbox, 'POST', '/v1/payment_intents', { key: keys.secret, body, headers });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.headers.get('stripe-version'), '2024-06-20');
  });
});

describe('what follows the version', () => {
  const cases: Array<[version: string, automatic: boolean, typesParam: 'accepted' | 'unknown']> = [
    ['2022-11-15', false, 'accepted'],
    ['2023-08-16', true, 'accepted'],
    ['2024-06-20', true, 'accepted'],
    ['2026-08-26.dahlia', true, 'accepted'],
    ['2026-09-30.endive', true, 'unknown'],
    [API_VERSION, true, 'unknown'],
  ];
  for (const [version, automatic, typesParam] of cases) {
    it(`${version}: automatic payment methods by default = ${automatic}; payment_method_types ${typesParam}`, async () => {
      const headers = { 'Stripe-Version': version };
      const plain = await call(sandbox, 'POST', '/v1/payment_intents', {
        key: keys.secret,
        headers,
        body: { amount: 1000, currency: 'usd' },
      });
      assert.equal(plain.status, 200);
      assert.deepEqual(
        plain.json.automatic_payment_methods,
        automatic ? { allow_redirects: 'always', enabled: true } : null,
      );
      assert.deepEqual(plain.json.payment_method_types, ['card']);
      const typed = await call(sandbox, 'POST', '/v1/payment_intents', {
        key: keys.secret,
        headers,
        body: { amount: 1000, currency: 'usd', 'payment_method_types[0]': 'card' },
      });
      if (typesParam === 'accepted') {
        assert.equal(typed.status, 200);
        assert.equal(typed.json.automatic_payment_methods, null);
      } else {
        assert.equal(typed.status, 400);
        assert.equal(typed.json.error.code, 'parameter_unknown');
        assert.equal(typed.json.error.param, 'payment_method_types');
      }
    });
  }
});
