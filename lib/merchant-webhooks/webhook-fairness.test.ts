import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { newId } from '@/lib/ids/new-id';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { claimDeliveries } from './claim-deliveries';
import { announceDeliveriesQueued } from './deliveries-queued';
import { deliverDueWebhooks } from './deliver-webhooks';
import { encryptSecret } from './encrypt-secret';
import { newSigningSecret } from './new-signing-secret';
import { sleep, webhookFixture } from '@/test-support/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '@/test-support/webhook-receiver';

let database: TestDatabase;
let receiver: WebhookReceiver;
// A black hole on 127.0.0.1: accepts connections, reads nothing, never answers.
const held = new Set<Socket>();
const blackHole = createServer((socket) => {
  held.add(socket);
  socket.on('close', () => held.delete(socket));
});

before(async () => {
  process.env.TILLPOINT_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';
  database = await createTestDatabase();
  receiver = await startWebhookReceiver();
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => blackHole.close(() => resolve()));
  await receiver.close();
  await database.close();
});

const db = () => database.prisma;

/** Endpoints written straight to the table, as ones registered before the per-merchant cap would be. */
async function addEndpoints(merchantId: string, urls: string[], failingSince: Date | null = null): Promise<string[]> {
  const ids = urls.map(() => newId('we'));
  await db().webhookEndpoint.createMany({
    data: urls.map((url, i) => ({
      id: ids[i]!,
      merchantId,
      url,
      enabledEvents: ['*'],
      secretEncrypted: encryptSecret(newSigningSecret()),
      failingSince,
    })),
  });
  return ids;
}

test('a merchant with 40 endpoints into a black hole does not delay another merchant’s delivery', async () => {
  const hostile = await webhookFixture(db(), receiver, 'Black hole shop');
  const holePort = (blackHole.address() as AddressInfo).port;
  await addEndpoints(
    hostile.merchantId,
    Array.from({ length: 40 }, (_, i) => `http://127.0.0.1:${holePort}/hole/${i}`),
  );
  const victim = await webhookFixture(db(), receiver, 'Victim shop');
  await victim.endpoint('/victim');
  const policy = { retrySchedule: [3600] }; // the real timeouts: 3 s to connect, 10 s in all

  await hostile.emit(); // 40 deliveries due, queued first
  const queuedBehind = performance.now();
  await victim.emit();
  const run = deliverDueWebhooks(db(), policy);
  await receiver.waitFor((all) => all.some((r) => r.path === '/victim'), 5000);
  const behindMs = Math.round(performance.now() - queuedBehind);

  await sleep(300); // the black hole's attempts are in flight now
  assert.ok(held.size > 0, 'the hostile endpoints are being attempted');
  const queuedDuring = performance.now();
  await victim.emit();
  announceDeliveriesQueued();
  await receiver.waitFor((all) => all.filter((r) => r.path === '/victim').length === 2, 5000);
  const duringMs = Math.round(performance.now() - queuedDuring);
  console.log(
    `# fairness: victim delivered ${behindMs} ms after being queued behind 40 black-hole deliveries, ${duringMs} ms when queued while they hang; black-hole connections held: ${held.size}`,
  );
  assert.ok(behindMs < 2000, `queued behind the black hole: ${behindMs} ms`);
  assert.ok(duringMs < 2000, `queued while the black hole hangs: ${duringMs} ms`);
  assert.ok(held.size <= 4, `one merchant holds at most 4 attempts at once (held ${held.size})`);

  await hostile.retire();
  await run;
  await victim.retire();
});

test('claiming takes merchants round-robin, healthy endpoints before failing ones, within the per-merchant and failing caps', async () => {
  const busy = await webhookFixture(db(), receiver, 'Busy claims');
  const quiet = await webhookFixture(db(), receiver, 'Quiet claims');
  const url = (path: string) => receiver.url(path);
  const failing = await addEndpoints(busy.merchantId, [url('/f1'), url('/f2'), url('/f3')], new Date());
  const healthy = await addEndpoints(busy.merchantId, [url('/h1'), url('/h2'), url('/h3'), url('/h4'), url('/h5')]);
  const [quietEndpoint] = await addEndpoints(quiet.merchantId, [url('/q1')]);
  await busy.emit();
  await quiet.emit();

  const first = await claimDeliveries(db(), { limit: 3, leaseMs: 60_000, perMerchant: 4, failing: 1 });
  assert.equal(first.length, 3);
  assert.ok(
    first.some((claim) => claim.endpoint_id === quietEndpoint),
    'the quiet merchant’s one delivery takes its turn at once',
  );
  assert.ok(
    first.every((claim) => !failing.includes(claim.endpoint_id)),
    'healthy endpoints go first',
  );

  const rest = await claimDeliveries(db(), { limit: 20, leaseMs: 60_000, perMerchant: 4, failing: 1 });
  const busyLeases = [...first, ...rest].filter((claim) => claim.endpoint_id !== quietEndpoint);
  assert.equal(busyLeases.length, 4, 'a merchant holds at most 4 leases');
  assert.ok(busyLeases.every((claim) => healthy.includes(claim.endpoint_id)));

  await db().webhookDelivery.updateMany({
    where: { endpointId: { in: busyLeases.map((c) => c.endpoint_id) } },
    data: { status: 'succeeded', lockedUntil: null },
  });
  const failingTurn = await claimDeliveries(db(), { limit: 20, leaseMs: 60_000, perMerchant: 4, failing: 1 });
  assert.equal(failingTurn.length, 2, 'the last healthy endpoint and one failing endpoint (the failing cap)');
  assert.equal(failingTurn.filter((claim) => failing.includes(claim.endpoint_id)).length, 1);
  await busy.retire();
  await quiet.retire();
});
