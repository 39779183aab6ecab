import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { SharedRateLimiter } from './shared-rate-limiter';

let environment: TestEnvironment;

before(async () => {
  environment = await createTestEnvironment();
});

after(async () => {
  await environment.close();
});

// Two limiters of one name stand for two instances: each has its own in-process bucket, both the table.
test('a burst of N holds across instances: N takes in all, then a refusal with a wait', async () => {
  const options = { burst: 5, perSecond: 5 / 60 };
  const [instanceA, instanceB] = [
    new SharedRateLimiter('test-burst', options),
    new SharedRateLimiter('test-burst', options),
  ];
  const results = [];
  for (let i = 0; i < 12; i++) results.push(await (i % 2 === 0 ? instanceA : instanceB).take('key:1'));
  assert.equal(results.filter((result) => result.allowed).length, 5);
  const refused = results.find((result) => !result.allowed);
  assert.ok(refused && !refused.allowed && refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 60);
  assert.equal((await instanceB.take('key:2')).allowed, true, 'another key has its own limit');
});

test('giving back and forgetting reach every instance', async () => {
  const options = { burst: 2, perSecond: 2 / 60 };
  const [instanceA, instanceB] = [
    new SharedRateLimiter('test-reward', options),
    new SharedRateLimiter('test-reward', options),
  ];
  assert.equal((await instanceA.take('k')).allowed, true);
  assert.equal((await instanceA.take('k')).allowed, true);
  assert.equal((await instanceB.take('k')).allowed, false);
  await instanceA.giveBack('k');
  assert.equal((await instanceB.take('k')).allowed, true, 'the token A gave back is there for B');
  await instanceA.forget('k');
  assert.equal((await instanceA.take('k')).allowed, true);
  assert.equal((await instanceA.take('k')).allowed, true, 'the shared window started afresh');
  assert.equal((await instanceB.take('k')).allowed, false, 'and counts for every instance again');
});

test('keys too long for the table are hashed, and still limited', async () => {
  const limiter = new SharedRateLimiter('test-long', { burst: 1, perSecond: 1 / 60 });
  const key = `email:${'x'.repeat(300)}@example.com|ip:10.0.0.1`;
  assert.equal((await limiter.take(key)).allowed, true);
  assert.equal((await new SharedRateLimiter('test-long', { burst: 1, perSecond: 1 / 60 }).take(key)).allowed, false);
});

test('the shared bucket refills at its rate, like the in-process one', async () => {
  const options = { burst: 2, perSecond: 4 };
  const [instanceA, instanceB] = [
    new SharedRateLimiter('test-refill', options),
    new SharedRateLimiter('test-refill', options),
  ];
  assert.equal((await instanceA.take('k')).allowed, true);
  assert.equal((await instanceB.take('k')).allowed, true);
  const refused = await instanceA.take('k');
  assert.ok(!refused.allowed && refused.retryAfterSeconds === 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal((await instanceB.take('k')).allowed, true, 'one token back after 250 ms');
  assert.equal((await instanceA.take('k')).allowed, false);
});
