import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '@/lib/http/rate-limiter';
import { allowQuantityChange } from './quantity-change-limits';

test('quantity changes are limited per checkout session and per client IP', async () => {
  const limiters = {
    perSession: new RateLimiter({ burst: 2, perSecond: 1 }),
    perIp: new RateLimiter({ burst: 3, perSecond: 1 }),
  };
  assert.equal(await allowQuantityChange('cs_a', '1.1.1.1', limiters, 0), true);
  assert.equal(await allowQuantityChange('cs_a', '1.1.1.1', limiters, 0), true);
  assert.equal(await allowQuantityChange('cs_a', '1.1.1.1', limiters, 0), false);
  assert.equal(await allowQuantityChange('cs_b', '1.1.1.1', limiters, 0), false, 'the IP bucket is empty too');
  assert.equal(await allowQuantityChange('cs_b', '2.2.2.2', limiters, 0), true);
  assert.equal(await allowQuantityChange('cs_a', '1.1.1.1', limiters, 2000), true, 'tokens come back with time');
});
