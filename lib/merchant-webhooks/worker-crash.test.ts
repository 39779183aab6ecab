import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { webhookFixture } from '@/test-support/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '@/test-support/webhook-receiver';

let database: TestDatabase;
let receiver: WebhookReceiver;
const workers: ChildProcess[] = [];

before(async () => {
  process.env.TILLPOINT_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';
  database = await createTestDatabase();
  receiver = await startWebhookReceiver();
});
after(async () => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  await receiver.close();
  await database.close();
});

function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'test-support/run-worker-process.ts'], {
    env: { ...process.env, DATABASE_URL: database.url, WORKER_LEASE_MS: '1500' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(worker);
  return worker;
}

test('no event is lost when the worker is killed mid-delivery: after the lease ends, a new worker sends it', async () => {
  const shop = await webhookFixture(database.prisma, receiver, 'Crash shop');
  let holdFirst = true;
  const endpoint = await shop.endpoint('/crash', {
    responder: (_, res) => {
      if (holdFirst)
        holdFirst = false; // hold the first request open, like a slow receiver, until the worker dies
      else res.end('ok');
    },
  });
  const eventId = await shop.emit('checkout.session.completed', { id: 'cs_crash', object: 'checkout.session' });

  const first = startWorker();
  await receiver.waitFor((all) => all.some((r) => r.id === eventId), 30_000);
  first.kill('SIGKILL');
  await once(first, 'exit');
  const orphaned = await database.prisma.webhookDelivery.findUniqueOrThrow({
    where: { eventId_endpointId: { eventId, endpointId: endpoint.id } },
  });
  assert.equal(orphaned.status, 'pending', 'the killed worker never settled it');
  assert.ok(orphaned.lockedUntil, 'it is still leased to the dead worker');

  startWorker();
  await receiver.waitFor((all) => all.filter((r) => r.id === eventId).length >= 2, 30_000);
  for (let i = 0; i < 100; i++) {
    const delivery = await database.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id: orphaned.id },
      include: { attempts: true },
    });
    if (delivery.status === 'succeeded') {
      assert.equal(
        delivery.attemptCount,
        delivery.attempts.length + 1,
        'the dead worker claimed an attempt it never recorded',
      );
      assert.equal(delivery.attempts.at(-1)?.statusCode, 200, 'the new worker delivered it');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('the delivery was never marked succeeded');
});
