import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import StripeEsm from 'stripe';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { isCardError, isOutcomeUnknown, isUnexpectedStateError, paymentIntentFromCardError } from './stripe-errors';

// A second copy of the SDK (its CommonJS build), as a server bundle that inlined its own copy would hold:
// its errors are not instances of the first copy's classes, and must be classified all the same.
const StripeCjs = createRequire(import.meta.url)('stripe') as typeof StripeEsm;

let env: TestEnvironment;
let other: StripeEsm;

before(async () => {
  env = await createTestEnvironment();
  const url = new URL(env.sandboxUrl);
  other = new StripeCjs(env.secretKey, {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
});
after(() => env.close());

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected an error'),
    (error: unknown) => error,
  );

async function fault(path: string, form: Record<string, string>) {
  await fetch(`${env.sandboxUrl}/_sandbox${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

const declinedIntent = () =>
  other.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    payment_method: 'pm_card_visa_chargeDeclined',
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });

test('a decline raised by another copy of the SDK is a card error carrying its PaymentIntent', async () => {
  const error = await caught(declinedIntent());
  assert.ok(!(error instanceof StripeEsm.errors.StripeCardError), 'the two copies really differ');
  assert.ok(isCardError(error));
  assert.equal(paymentIntentFromCardError(error)?.status, 'requires_payment_method');
  assert.ok(!isOutcomeUnknown(error));
});

test('server errors, lost connections and a key in use leave the outcome unknown; request errors do not', async () => {
  await fault('/faults/fail', { count: '1', status: '502', path: '/v1/payment_intents', method: 'POST' });
  assert.ok(isOutcomeUnknown(await caught(declinedIntent())));

  const unreachable = new StripeCjs(env.secretKey, {
    host: '127.0.0.1',
    port: 9,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  assert.ok(isOutcomeUnknown(await caught(unreachable.paymentIntents.retrieve('pi_123'))), 'connection refused');

  const succeeded = await other.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
  const wrongState = await caught(other.paymentIntents.confirm(succeeded.id));
  assert.ok(isUnexpectedStateError(wrongState));
  assert.ok(!isOutcomeUnknown(wrongState) && !isCardError(wrongState));
  assert.ok(isOutcomeUnknown(new Error('not from Stripe at all')), 'an unknown failure is never taken as "not done"');
});
