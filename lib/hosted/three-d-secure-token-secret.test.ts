import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createThreeDSecureToken, verifyThreeDSecureToken } from './three-d-secure-token';

Object.assign(process.env, {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:9/unused',
  TILLPOINT_PUBLIC_URL: 'http://localhost:3999',
  STRIPE_SECRET_KEY: 'sk_test_tillpoint_sandbox',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_tillpoint_sandbox',
  STRIPE_WEBHOOK_SECRET: 'whsec_test',
  TILLPOINT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
});

test("a token forged from the sandbox's public secret key does not open the 3-D Secure page", async () => {
  const { threeDSecureTokenSecret } = await import('./three-d-secure-token-secret');
  const paymentId = 'pay_000000000000000000000001';
  const publicDerivation = createHmac('sha256', 'sk_test_tillpoint_sandbox')
    .update('tillpoint action-url token v1')
    .digest('hex');
  assert.equal(
    verifyThreeDSecureToken(threeDSecureTokenSecret(), paymentId, createThreeDSecureToken(publicDerivation, paymentId)),
    false,
  );
  assert.equal(
    verifyThreeDSecureToken(
      threeDSecureTokenSecret(),
      paymentId,
      createThreeDSecureToken(threeDSecureTokenSecret(), paymentId),
    ),
    true,
  );
  assert.equal(
    threeDSecureTokenSecret(),
    threeDSecureTokenSecret(),
    'stable within a process (and across restarts with the same key)',
  );
});
