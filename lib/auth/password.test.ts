import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConcurrencyLimit, ConcurrencyLimitBusy } from './concurrency-limit';
import { hashPassword, verifyPassword } from './password';

test('passwords hash with cost 11 and verify; hashes made by bcryptjs before still verify', async () => {
  const hash = await hashPassword('correct horse battery');
  assert.match(hash, /^\$2[aby]\$11\$/);
  assert.equal(await verifyPassword('correct horse battery', hash), true);
  assert.equal(await verifyPassword('correct horse batterx', hash), false);
  const fromBcryptjs = '$2b$11$xeSEQBgu08BBlYx5otuo8uWEjKKxm7slu4CaXAqxv4u9lttFKFQVW';
  assert.equal(await verifyPassword('correct horse battery', fromBcryptjs), true);
});

test('password checks leave the event loop free: timers keep firing while 12 run', async () => {
  const hash = await hashPassword('correct horse battery');
  let longestGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const at = performance.now();
    longestGap = Math.max(longestGap, at - last);
    last = at;
  }, 5);
  await Promise.all(Array.from({ length: 12 }, () => verifyPassword('wrong password!!', hash)));
  clearInterval(timer);
  // Generous for a loaded machine: bcrypt in JavaScript stalls it for seconds here.
  assert.ok(longestGap < 400, `the event loop stalled for ${Math.round(longestGap)} ms`);
});

test('at most `max` tasks run at once, `maxQueued` wait, and the rest are refused at once', async () => {
  const limit = new ConcurrencyLimit(2, 3);
  let running = 0;
  let peak = 0;
  const task = async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 20));
    running--;
    return 'done';
  };
  const results = await Promise.allSettled(Array.from({ length: 8 }, () => limit.run(task)));
  assert.equal(peak, 2);
  assert.equal(results.filter((result) => result.status === 'fulfilled').length, 5);
  const refused = results.filter((result) => result.status === 'rejected');
  assert.equal(refused.length, 3);
  assert.ok(refused.every((result) => result.reason instanceof ConcurrencyLimitBusy));
  assert.equal(await limit.run(task), 'done', 'the limit is free again afterwards');
});
