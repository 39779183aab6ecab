import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createActionToken, verifyActionToken } from './action-token';

Object.assign(process.env, {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:9/unused',
  TILLPOINT_PUBLIC_URL: 'http://localhost:3999',
  STRIPE_SECRET_KEY: 'sk_test_tillpoint_sandbox',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_tillpoint_sandbox',
  STRIPE_WEBHOOK_SECRET: 'whsec_test',
  TILLPOINT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
});

test("a token forged from the sandbox's public secret key does not open the 3-D Secure page", async () => {
  const { actionTokenSecret } = await import('./action-token-secret');
  const paymentId = 'pay_000000000000000000000001';
  const publicDerivation = createHmac('sha256', 'sk_test_tillpoint_sandbox')
    .update('tillpoint action-url token v1')
    .digest('hex');
  assert.equal(
    verifyActionToken(actionTokenSecret(), paymentId, createActionToken(publicDerivation, paymentId)),
    false,
  );
  assert.equal(
    verifyActionToken(actionTokenSecret(), paymentId, createActionToken(actionTokenSecret(), paymentId)),
    true,
  );
  assert.equal(
    actionTokenSecret(),
    actionTokenSecret(),
    'stable within a process (and across restarts with the same key)',
  );
});
