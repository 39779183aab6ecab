import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '@/lib/http/rate-limiter';
import { limitLoginAttempt } from './login-rate-limits';

test('sign-in attempts are limited per email (any case) and per IP, and recover with time', () => {
  const limiters = { perIp: new RateLimiter({ burst: 100, perSecond: 1 }), perEmail: new RateLimiter({ burst: 3, perSecond: 1 / 60 }) };
  const now = 1_000_000;
  for (let i = 0; i < 3; i++) assert.equal(limitLoginAttempt('10.0.0.1', 'a@example.com', limiters, now), null);
  assert.equal(limitLoginAttempt('10.0.0.2', 'A@Example.com', limiters, now), 60, 'another IP does not reset the email');
  assert.equal(limitLoginAttempt('10.0.0.1', 'b@example.com', limiters, now), null, 'other emails are unaffected');
  assert.equal(limitLoginAttempt('10.0.0.1', 'a@example.com', limiters, now + 60_000), null);
});
