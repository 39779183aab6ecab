import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '@/lib/http/rate-limiter';
import { limitPaymentAttempt } from './payment-rate-limits';

test('card attempts are limited per checkout session and per client IP, with a wait in the message', async () => {
  const limiters = {
    perSession: new RateLimiter({ burst: 2, perSecond: 1 / 30 }),
    perIp: new RateLimiter({ burst: 3, perSecond: 1 / 60 }),
  };
  assert.equal(await limitPaymentAttempt('cs_a', '1.1.1.1', limiters, 0), null);
  assert.equal(await limitPaymentAttempt('cs_a', '1.1.1.1', limiters, 0), null);
  const bySession = await limitPaymentAttempt('cs_a', '1.1.1.1', limiters, 0);
  assert.deepEqual(bySession, {
    kind: 'failed',
    paymentId: null,
    code: 'rate_limited',
    retryAfterSeconds: 30,
    message: 'Too many attempts, wait 30 seconds and try again.',
  });
  // The IP bucket is now empty too: another session from the same IP waits for the IP.
  assert.equal((await limitPaymentAttempt('cs_b', '1.1.1.1', limiters, 0))?.kind, 'failed');
  assert.equal(await limitPaymentAttempt('cs_b', '2.2.2.2', limiters, 0), null);
});
