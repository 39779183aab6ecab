import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from './rate-limiter';

test('a bucket allows its burst, then refuses with the seconds until a token is back', () => {
  const limiter = new RateLimiter({ burst: 3, perSecond: 0.5 });
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take('a', 0), { allowed: true });
  assert.deepEqual(limiter.take('a', 0), { allowed: false, retryAfterSeconds: 2 });
  assert.deepEqual(limiter.take('a', 2000), { allowed: true });
  assert.equal(limiter.take('a', 2000).allowed, false);
});

test('buckets are independent per key and never hold more than the burst', () => {
  const limiter = new RateLimiter({ burst: 2, perSecond: 10 });
  limiter.take('a', 0);
  limiter.take('a', 0);
  assert.equal(limiter.take('a', 0).allowed, false);
  assert.equal(limiter.take('b', 0).allowed, true);
  assert.equal(limiter.take('b', 60_000).allowed, true);
  assert.equal(limiter.take('b', 60_000).allowed, true);
  assert.equal(limiter.take('b', 60_000).allowed, false);
});

test('the least recently used bucket is dropped beyond the key limit', () => {
  const limiter = new RateLimiter({ burst: 1, perSecond: 0.001 }, 2);
  limiter.take('a', 0);
  limiter.take('b', 0);
  limiter.take('c', 0); // drops a
  assert.equal(limiter.take('a', 0).allowed, true);
  assert.equal(limiter.take('c', 0).allowed, false);
});
