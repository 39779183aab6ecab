import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '@/lib/http/rate-limiter';
import { forgiveLoginAttempts, limitLoginAttempt } from './login-rate-limits';

const limiters = () => ({
  perIp: new RateLimiter({ burst: 100, perSecond: 1 }),
  perEmail: new RateLimiter({ burst: 3, perSecond: 1 / 60 }),
});
const now = 1_000_000;

test('failed sign-ins are limited per email (any case) from one IP, and recover with time', async () => {
  const buckets = limiters();
  for (let i = 0; i < 3; i++) assert.equal(await limitLoginAttempt('10.0.0.1', 'a@example.com', buckets, now), null);
  assert.equal(await limitLoginAttempt('10.0.0.1', 'A@Example.com', buckets, now), 60);
  assert.equal(await limitLoginAttempt('10.0.0.1', 'b@example.com', buckets, now), null, 'other emails are unaffected');
  assert.equal(await limitLoginAttempt('10.0.0.1', 'a@example.com', buckets, now + 60_000), null);
});

test("guesses from another IP never lock the owner out, and the owner's success resets their count", async () => {
  const buckets = limiters();
  for (let i = 0; i < 5; i++) await limitLoginAttempt('203.0.113.66', 'owner@example.com', buckets, now);
  assert.notEqual(
    await limitLoginAttempt('203.0.113.66', 'owner@example.com', buckets, now),
    null,
    'the guesser is limited',
  );
  assert.equal(await limitLoginAttempt('198.51.100.5', 'owner@example.com', buckets, now), null, 'the owner is not');

  for (let i = 0; i < 2; i++) await limitLoginAttempt('198.51.100.5', 'owner@example.com', buckets, now);
  await forgiveLoginAttempts('198.51.100.5', 'owner@example.com', buckets);
  for (let i = 0; i < 3; i++)
    assert.equal(
      await limitLoginAttempt('198.51.100.5', 'owner@example.com', buckets, now),
      null,
      'a full burst again after success',
    );
});

test('every attempt counts against its client IP, whatever the email', async () => {
  const buckets = {
    perIp: new RateLimiter({ burst: 2, perSecond: 1 / 60 }),
    perEmail: new RateLimiter({ burst: 100, perSecond: 1 }),
  };
  assert.equal(await limitLoginAttempt('10.0.0.9', 'a@example.com', buckets, now), null);
  assert.equal(await limitLoginAttempt('10.0.0.9', 'b@example.com', buckets, now), null);
  assert.equal(await limitLoginAttempt('10.0.0.9', 'c@example.com', buckets, now), 60);
});
