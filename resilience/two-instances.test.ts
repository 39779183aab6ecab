// Issue 15: two production instances on one PostgreSQL behave as one. Stripe's webhooks land on A;
// a customer waiting on B learns the result as fast as one on A (pushed over LISTEN/NOTIFY, not the
// 5 s fallback poll); a rate limit holds across both; each periodic job runs once per interval; and
// SIGTERM on B mid-wait moves the customer's status stream to A without losing the result.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createSession, sandboxCall, startPayment, waitUntil } from './support/http-checkout';
import { openStatusStream } from './support/status-stream';
import { startTwoInstances, type TwoInstances } from './support/start-two-instances';

const VISA = '4242424242424242';
const WEBHOOK_DELAY_MS = 1500;
const KEY_BURST = 20;
const KEY_PER_SECOND = 0.2;
const skip = process.env.DATABASE_URL ? false : 'needs PostgreSQL (DATABASE_URL): two instances share one database';

let two: TwoInstances;

before(async () => {
  if (skip) return;
  two = await startTwoInstances({
    API_RATE_LIMIT_KEY_BURST: String(KEY_BURST),
    API_RATE_LIMIT_KEY_PER_SECOND: String(KEY_PER_SECOND),
    LOG_LEVEL: 'debug',
  });
  await sandboxCall(two.a, 'POST', '/_sandbox/faults/webhooks', { delay_ms: WEBHOOK_DELAY_MS });
});

after(async () => {
  await two?.close();
});

async function paymentIdOf(sessionId: string): Promise<string> {
  const payment = await waitUntil(
    () => two.database.prisma.payment.findUnique({ where: { sessionId } }),
    (p) => p !== null,
    10_000,
    'payment row',
  );
  return payment!.id;
}

test('a customer waiting on B sees success pushed from A within the single-instance latency', { skip }, async () => {
  const gaps: number[] = [];
  for (let i = 0; i < 3; i++) {
    const session = await createSession(two.b);
    const step = await startPayment(two.b, session.id, VISA);
    assert.ok(['processing', 'succeeded'].includes(step.kind), `Pay answered ${JSON.stringify(step)}`);
    const paymentId = await paymentIdOf(session.id);
    const [onA, onB] = await Promise.all([
      openStatusStream(two.a.appUrl, paymentId),
      openStatusStream(two.b.appUrl, paymentId),
    ]);
    const [finalA, finalB] = await Promise.all([onA.final, onB.final]);
    onA.close();
    onB.close();
    assert.equal(finalA.status, 'succeeded');
    assert.equal(finalB.status, 'succeeded');
    gaps.push(finalB.at - finalA.at);
  }
  console.log(`B after A (ms): ${gaps.map((gap) => gap.toFixed(0)).join(', ')}`);
  // The fallback poll is 5 s; a push arrives within a few hundred milliseconds of A's.
  for (const gap of gaps) assert.ok(gap < 1000, `B learned ${gap.toFixed(0)} ms after A: that is the fallback poll`);
});

test('a key limited to a burst of N gets at most N plus its refill through both instances', { skip }, async () => {
  const other = await createMerchant(two.database.prisma, { name: 'Limited shop' });
  const started = performance.now();
  const answers: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 60; i++) {
    const target = i % 2 === 0 ? two.a : two.b;
    const response = await fetch(`${target.appUrl}/api/v1/payments?limit=1`, {
      headers: { Authorization: `Bearer ${other.secretKey}` },
    });
    answers.push(response.status);
    if (response.status === 429) retryAfter ??= response.headers.get('retry-after');
    await response.arrayBuffer();
  }
  const seconds = (performance.now() - started) / 1000;
  const allowed = answers.filter((status) => status === 200).length;
  const bound = KEY_BURST + Math.ceil(seconds * KEY_PER_SECOND);
  console.log(`rate limit: ${allowed} of 60 through two instances in ${seconds.toFixed(1)} s (bound ${bound})`);
  assert.ok(allowed <= bound, `${allowed} requests got through; at most ${bound} may`);
  assert.ok(allowed >= KEY_BURST, `only ${allowed} got through; the burst is ${KEY_BURST}`);
  assert.equal(answers.filter((status) => status !== 200 && status !== 429).length, 0, `answers: ${answers}`);
  assert.ok(Number(retryAfter) >= 1, `429 carries Retry-After (${retryAfter})`);
});

test('each periodic job runs once per interval across both instances', { skip }, async () => {
  const since = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 8000));
  const runs = [...two.a.server.lines, ...two.b.server.lines]
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { msg?: string; job?: string; time?: string; instance?: string }];
      } catch {
        return [];
      }
    })
    .filter((entry) => entry.msg === 'job ran' && entry.job === 'expire-sessions')
    .filter((entry) => Date.parse(entry.time ?? '') >= since + 1000 && Date.parse(entry.time ?? '') < since + 7000);
  const instances = new Set(runs.map((entry) => entry.instance));
  console.log(`expire-sessions ran ${runs.length} times in 6 s (interval 1 s) on ${instances.size} instance(s)`);
  assert.ok(runs.length <= 7, `${runs.length} runs in 6 s: more than once per interval`);
  assert.ok(runs.length >= 4, `${runs.length} runs in 6 s: the job is not running every interval`);
  const times = runs.map((entry) => Date.parse(entry.time!)).sort((x, y) => x - y);
  for (let i = 1; i < times.length; i++)
    assert.ok(times[i]! - times[i - 1]! >= 900, `two runs ${times[i]! - times[i - 1]!} ms apart`);
});

test('SIGTERM on B mid-wait moves the customer to A without losing the result', { skip }, async () => {
  await sandboxCall(two.a, 'POST', '/_sandbox/faults/webhooks', { delay_ms: 4000 });
  const session = await createSession(two.a);
  await startPayment(two.b, session.id, VISA);
  const paymentId = await paymentIdOf(session.id);
  const onB = await openStatusStream(two.b.appUrl, paymentId);
  const stopping = performance.now();
  const stopped = two.b.server.stop(12_000);
  await onB.ended;
  assert.ok(onB.retryMs !== null && onB.retryMs <= 1000, `B ended the stream with a retry hint (${onB.retryMs})`);
  assert.ok(!onB.statuses.some((s) => s.final), 'the result had not landed yet when B stopped');
  // The browser reconnects after the hint; the load balancer sends it to A.
  await new Promise((resolve) => setTimeout(resolve, onB.retryMs!));
  const onA = await openStatusStream(two.a.appUrl, paymentId);
  const final = await onA.final;
  onA.close();
  assert.equal(final.status, 'succeeded');
  await stopped;
  const exitSeconds = (performance.now() - stopping) / 1000;
  console.log(`B exited ${exitSeconds.toFixed(1)} s after SIGTERM`);
  assert.ok(exitSeconds < 10, `B took ${exitSeconds.toFixed(1)} s to exit`);
  assert.ok(
    two.b.server.lines.some((line) => line.includes('"msg":"drained"')),
    'B drained before exiting',
  );
});
