import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '@/lib/http/rate-limiter';
import { limitLinkCheckout } from './link-rate-limits';

test('checkouts opened from link pages are limited per client IP, with the wait in words', async () => {
  const limiter = new RateLimiter({ burst: 2, perSecond: 10 / 60 });
  assert.equal(await limitLinkCheckout('198.51.100.1', limiter, 0), null);
  assert.equal(await limitLinkCheckout('198.51.100.1', limiter, 0), null);
  assert.equal(
    (await limitLinkCheckout('198.51.100.1', limiter, 0))?.message,
    'Too many checkouts were started from your connection. Wait 6 seconds and try again.',
  );
  assert.equal(await limitLinkCheckout('198.51.100.2', limiter, 0), null, 'another IP has its own bucket');
  assert.equal(await limitLinkCheckout('198.51.100.1', limiter, 6000), null, 'the bucket refills');
  const slow = new RateLimiter({ burst: 1, perSecond: 1 / 600 });
  await limitLinkCheckout('ip', slow, 0);
  assert.deepEqual(await limitLinkCheckout('ip', slow, 0), {
    seconds: 600,
    minutes: 10,
    message: 'Too many checkouts were started from your connection. Wait 10 minutes and try again.',
  });
});
