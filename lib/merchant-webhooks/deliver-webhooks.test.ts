import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createPrisma } from '@/lib/db/create-prisma';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { deliverDueWebhooks } from './deliver-webhooks';
import type { DeliveryPolicy } from './delivery-policy';
import { queueRedelivery } from './queue-redelivery';
import { eventPayload } from '@/lib/objects/serialize-webhooks';
import { sleep, webhookFixture } from '@/test-support/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '@/test-support/webhook-receiver';

let database: TestDatabase;
let receiver: WebhookReceiver;
const fast: Partial<DeliveryPolicy> = {
  retrySchedule: [0.05, 0.05, 0.05, 0.05, 0.05],
  timeoutMs: 2000,
  leaseMs: 5000,
  disableAfterMs: 3_600_000,
};

before(async () => {
  process.env.TILLPOINT_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';
  database = await createTestDatabase();
  receiver = await startWebhookReceiver();
});
after(async () => {
  await receiver.close();
  await database.close();
});

const db = () => database.prisma;

async function runUntil(
  done: () => Promise<boolean> | boolean,
  policy: Partial<DeliveryPolicy> = fast,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    assert.ok(Date.now() < deadline, 'worker did not get there in time');
    await deliverDueWebhooks(db(), policy);
    await sleep(20);
  }
}

const deliveryOf = (eventId: string, endpointId: string) =>
  db().webhookDelivery.findUniqueOrThrow({
    where: { eventId_endpointId: { eventId, endpointId } },
    include: { attempts: { orderBy: { attemptedAt: 'asc' } } },
  });

test('an event reaches each subscribed endpoint, signed so that the Standard Webhooks library verifies it', async () => {
  const shop = await webhookFixture(db(), receiver, 'Signed shop');
  const all = await shop.endpoint('/signed/all');
  await shop.endpoint('/signed/failures-only', { events: ['payment.failed'] });
  const eventId = await shop.emit('payment.succeeded', { id: 'pay_1', object: 'payment' });

  assert.equal(await deliverDueWebhooks(db(), fast), 1, 'one delivery: the other endpoint is not subscribed');
  const [got] = receiver.on('/signed/all');
  assert.equal(receiver.rejected.length, 0);
  assert.equal(got?.id, eventId, 'webhook-id is the event id, stable across retries');
  assert.deepEqual(
    { type: got?.body.type, object: got?.body.data.object },
    { type: 'payment.succeeded', object: { id: 'pay_1', object: 'payment' } },
  );
  assert.equal(receiver.on('/signed/failures-only').length, 0);

  const delivery = await deliveryOf(eventId, all.id);
  assert.equal(delivery.status, 'succeeded');
  assert.ok(delivery.deliveredAt);
  assert.equal(delivery.attempts.length, 1);
  assert.equal(delivery.attempts[0]?.statusCode, 200);
  assert.equal(delivery.attempts[0]?.responseExcerpt, 'ok');
  assert.equal((delivery.attempts[0]?.responseHeaders as Record<string, string> | null)?.['content-length'], '2');
  assert.ok(delivery.attempts[0]!.latencyMs >= 0);
  await shop.retire();
});

test('an attempt records what the delivery log shows as its request: the body is the event payload, its time the webhook-timestamp', async () => {
  const shop = await webhookFixture(db(), receiver, 'Logged shop');
  const endpoint = await shop.endpoint('/logged');
  const eventId = await shop.emit('payment.succeeded', { id: 'pay_logged', object: 'payment' });
  await deliverDueWebhooks(db(), fast);

  const [got] = receiver.on('/logged');
  const event = await db().merchantEvent.findUniqueOrThrow({ where: { id: eventId } });
  assert.equal(got?.payload, eventPayload(event));
  const [attempt] = (await deliveryOf(eventId, endpoint.id)).attempts;
  assert.equal(got?.timestamp, String(Math.floor(attempt!.attemptedAt.getTime() / 1000)));
  await shop.retire();
});

test('an endpoint gets its events in order: the next waits until the previous one succeeded; other endpoints are not held up', async () => {
  const shop = await webhookFixture(db(), receiver, 'Ordered shop');
  let failuresLeft = 2;
  const flaky = await shop.endpoint('/order/flaky', {
    responder: (_, res) => {
      res.statusCode = failuresLeft-- > 0 ? 500 : 200;
      res.end();
    },
  });
  await shop.endpoint('/order/healthy');
  const events = [await shop.emit(), await shop.emit('payment.failed'), await shop.emit('payment.canceled')];

  await deliverDueWebhooks(db(), { ...fast, retrySchedule: [0.3, 0.3] });
  assert.deepEqual(
    receiver.on('/order/healthy').map((r) => r.id),
    events,
    'the healthy endpoint is not blocked by the flaky one',
  );
  assert.ok(
    receiver.on('/order/flaky').every((r) => r.id === events[0]),
    'nothing after the failing event is sent yet',
  );

  await runUntil(async () => (await deliveryOf(events[2]!, flaky.id)).status === 'succeeded');
  assert.deepEqual(
    receiver.on('/order/flaky').map((r) => r.id),
    [events[0], events[0], events[0], events[1], events[2]],
  );
  assert.deepEqual(
    (await deliveryOf(events[0]!, flaky.id)).attempts.map((a) => a.statusCode),
    [500, 500, 200],
  );
  await shop.retire();
});

test('a receiver answering 500 for a while gets the event once it recovers; every attempt is recorded, failing_since comes and goes', async () => {
  const shop = await webhookFixture(db(), receiver, 'Retry shop');
  let downUntil: number | undefined; // down for 400 ms from the first request
  const endpoint = await shop.endpoint('/retry', {
    responder: (_, res) => {
      downUntil ??= Date.now() + 400;
      const down = Date.now() < downUntil;
      res.statusCode = down ? 500 : 204;
      res.end(down ? 'x'.repeat(5000) : undefined);
    },
  });
  const eventId = await shop.emit();
  const backoff = { ...fast, retrySchedule: [0.1, 0.2, 0.4, 0.8, 1.6] };

  await deliverDueWebhooks(db(), backoff);
  const failing = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
  assert.ok(failing.failingSince, 'a failed attempt marks the endpoint failing');

  await runUntil(async () => (await deliveryOf(eventId, endpoint.id)).status === 'succeeded', backoff);
  const delivery = await deliveryOf(eventId, endpoint.id);
  assert.ok(delivery.attempts.length >= 2);
  assert.equal(delivery.attempts.at(-1)?.statusCode, 204);
  for (const attempt of delivery.attempts.slice(0, -1)) {
    assert.equal(attempt.statusCode, 500);
    assert.equal(attempt.error, 'HTTP 500');
    assert.equal(attempt.responseExcerpt?.length, 1024, 'the response excerpt is capped at 1 KB');
  }
  assert.equal(
    (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince,
    null,
    'a success clears failing_since',
  );
  await shop.retire();
});

test('a delivery is given up after the schedule; an endpoint failing for too long is disabled with a reason', async () => {
  const shop = await webhookFixture(db(), receiver, 'Broken shop');
  const endpoint = await shop.endpoint('/broken', {
    responder: (_, res) => {
      res.statusCode = 503;
      res.end('down');
    },
  });
  const policy = { ...fast, retrySchedule: [0.05, 0.05], disableAfterMs: 2000 };
  const first = await shop.emit();
  await runUntil(async () => (await deliveryOf(first, endpoint.id)).status === 'failed', policy);
  assert.equal((await deliveryOf(first, endpoint.id)).attempts.length, 3, 'the first attempt and two retries');
  assert.equal(
    (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled,
    true,
    'not failing long enough yet',
  );

  await sleep(2000);
  await shop.emit();
  await runUntil(
    async () => !(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled,
    policy,
  );
  const disabled = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
  assert.match(disabled.disabledReason ?? '', /^every delivery failed for \d+ seconds$/);

  const afterDisable = await shop.emit();
  assert.equal(
    await db().webhookDelivery.count({ where: { eventId: afterDisable } }),
    0,
    'a disabled endpoint gets no new deliveries',
  );
  await shop.retire();
});

test('an event is delivered again on request, with the same webhook-id; a timeout is recorded as a failed attempt', async () => {
  const shop = await webhookFixture(db(), receiver, 'Redeliver shop');
  let hang = true;
  const endpoint = await shop.endpoint('/redeliver', {
    responder: (_, res) => {
      if (!hang) res.end('ok');
    },
  });
  const eventId = await shop.emit();
  await deliverDueWebhooks(db(), { ...fast, timeoutMs: 300, retrySchedule: [0.5] });
  const timedOut = await deliveryOf(eventId, endpoint.id);
  assert.equal(timedOut.attempts[0]?.error, 'timed out after 300 ms');
  assert.equal(timedOut.attempts[0]?.statusCode, null);
  assert.equal(timedOut.status, 'pending', 'retried later');

  hang = false;
  await runUntil(async () => (await deliveryOf(eventId, endpoint.id)).status === 'succeeded');
  await queueRedelivery(db(), eventId, [endpoint.id]);
  assert.equal((await deliveryOf(eventId, endpoint.id)).status, 'pending');
  await runUntil(async () => (await deliveryOf(eventId, endpoint.id)).status === 'succeeded');
  const ids = receiver.on('/redeliver').map((r) => r.id);
  assert.ok(ids.length >= 3 && ids.every((id) => id === eventId));
  assert.equal((await deliveryOf(eventId, endpoint.id)).attempts.at(-1)?.statusCode, 200);
  await shop.retire();
});

test('two workers running at once never send the same delivery twice and keep each endpoint in order', async () => {
  const shop = await webhookFixture(db(), receiver, 'Busy shop');
  const slow = (_: unknown, res: import('node:http').ServerResponse) =>
    setTimeout(() => res.end('ok'), Math.random() * 5);
  await shop.endpoint('/busy/a', { responder: slow });
  await shop.endpoint('/busy/b', { responder: slow });
  await shop.endpoint('/busy/c', { responder: slow });
  const events: string[] = [];
  for (let i = 0; i < 15; i++) events.push(await shop.emit());

  const second = createPrisma(database.url, 4);
  try {
    const counts = await Promise.all([
      deliverDueWebhooks(db(), { ...fast, concurrency: 2 }),
      deliverDueWebhooks(second, { ...fast, concurrency: 2 }),
    ]);
    assert.equal(counts[0] + counts[1], 45, 'every delivery attempted exactly once between them');
  } finally {
    await second.$disconnect();
  }
  for (const path of ['/busy/a', '/busy/b', '/busy/c'])
    assert.deepEqual(
      receiver.on(path).map((r) => r.id),
      events,
      `${path}: once each, in order`,
    );
  assert.equal(
    await db().webhookAttempt.count({ where: { delivery: { endpoint: { merchantId: shop.merchantId } } } }),
    45,
  );
  await shop.retire();
});
