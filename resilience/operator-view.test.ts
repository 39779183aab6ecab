// Issue 15: what an operator sees of one production instance. /api/ready reports the database,
// migrations, webhook backlog, reconciler lag and Stripe's last error; /api/metrics (bearer token
// only) counts a payment, a decline and a refund exactly; the server's log is JSON lines with
// request ids and holds no key, secret or card number.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { findSecrets } from '@/lib/observability/find-secrets';
import { createSession, paymentOfSession, refundPayment, startPayment, waitUntil } from './support/http-checkout';
import { startStack, type Stack } from './support/start-stack';

const VISA = '4242424242424242';
const DECLINED = '4000000000000002';
const METRICS_TOKEN = 'metrics-token-for-the-operator-view-test';

let stack: Stack;

before(async () => {
  stack = await startStack({ env: { METRICS_TOKEN, JOBS_INTERVAL_SECONDS: '1' } });
});

after(async () => {
  await stack?.close();
});

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${stack.appUrl}/api/metrics`, {
    headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
  });
  assert.equal(response.status, 200);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = line.match(/^(tillpoint_[^ ]+) ([\d.e+-]+)$/);
    if (match) samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

test('/api/ready reports migrations, backlog, reconciler lag and Stripe; /api/health stays liveness', async () => {
  const ready = await waitUntil(
    async () => {
      const response = await fetch(`${stack.appUrl}/api/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    (answer) => answer.status === 200 && answer.body.reconciler_lag_seconds !== null,
    15_000,
    'ready with a reconciler run',
  );
  assert.equal(ready.body.ready, true);
  const migrations = ready.body.migrations as { expected: number; applied: number };
  assert.ok(migrations.expected > 0 && migrations.applied === migrations.expected);
  assert.deepEqual(Object.keys(ready.body.webhook_backlog as object).sort(), ['oldest_age_seconds', 'pending']);
  assert.ok((ready.body.reconciler_lag_seconds as number) < 10);
  assert.ok('lastError' in (ready.body.stripe as object));
  assert.equal((await fetch(`${stack.appUrl}/api/health`)).status, 200);
});

test('/api/metrics is not public', async () => {
  assert.equal((await fetch(`${stack.appUrl}/api/metrics`)).status, 401);
  const wrong = await fetch(`${stack.appUrl}/api/metrics`, { headers: { Authorization: 'Bearer not-the-token' } });
  assert.equal(wrong.status, 401);
});

test('after a payment, a decline and a refund, the counters match', async () => {
  const before = await scrape();
  const count = (samples: Map<string, number>, name: string) => samples.get(name) ?? 0;

  const paid = await createSession(stack);
  await startPayment(stack, paid.id, VISA);
  const payment = await waitUntil(
    () => paymentOfSession(stack, paid.id),
    (p) => p?.status === 'succeeded',
    20_000,
    'payment succeeded',
  );
  const declined = await createSession(stack);
  const step = await startPayment(stack, declined.id, DECLINED);
  assert.equal(step.kind, 'failed');
  const refund = await refundPayment(stack, payment!.id, { amount: 1000 });
  assert.equal(refund.status, 200, JSON.stringify(refund.body));

  const afterwards = await scrape();
  const delta = (name: string) => count(afterwards, name) - count(before, name);
  assert.equal(delta('tillpoint_checkout_sessions_created_total{mode="hosted"}'), 2);
  assert.equal(delta('tillpoint_payments_final_total{status="succeeded",currency="usd"}'), 1);
  assert.equal(delta('tillpoint_payment_declines_total{currency="usd"}'), 1);
  assert.equal(delta(`tillpoint_refunds_total{status="${refund.body.status}",currency="usd"}`), 1);
  assert.ok(delta('tillpoint_stripe_webhook_seconds_count{status="200"}') >= 1);
  assert.ok(delta('tillpoint_http_request_seconds_count{group="merchant_api",method="POST",status="2xx"}') >= 3);
  assert.ok(afterwards.has('tillpoint_merchant_webhook_backlog{measure="pending"}'));
});

test("the server's log is JSON lines with request ids and holds no key, secret or card number", () => {
  const json = stack.server.lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
  assert.ok(json.some((entry) => entry.msg === 'request' && String(entry.requestId).startsWith('req_')));
  assert.ok(json.some((entry) => entry.msg === 'stripe event handled' && String(entry.eventId).startsWith('evt_')));
  assert.deepEqual(findSecrets(stack.server.lines.join('\n')), []);
  assert.ok(
    !json.some((entry) => entry.msg === 'shared rate limit unavailable; per-instance limit only'),
    'every limit was counted in the database',
  );
});
