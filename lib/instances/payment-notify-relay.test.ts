import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { newId } from '@/lib/ids/new-id';
import { publishPaymentUpdate, subscribeToPayment, type PaymentUpdate } from '@/lib/payments/payment-bus';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { instanceId } from '@/lib/lifecycle/instance-id';
import { startPaymentNotifyRelay, type PaymentNotifyRelay } from './payment-notify-relay';

const skip = process.env.DATABASE_URL ? false : 'needs PostgreSQL (DATABASE_URL): PGlite keeps in-process delivery';
const CHANNEL = 'tillpoint_payment_updates';

let database: TestDatabase;
let relay: PaymentNotifyRelay;
let paymentId: string;

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

before(async () => {
  if (skip) return;
  database = await createTestDatabase();
  const merchant = await createMerchant(database.prisma, { name: 'Relay shop' });
  const session = await createCheckoutSession(database.prisma, {
    merchantId: merchant.id,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4200, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  paymentId = newId('pay');
  await database.prisma.payment.create({
    data: {
      id: paymentId,
      merchantId: merchant.id,
      sessionId: session.id,
      amount: 4200,
      currency: 'usd',
      status: 'processing',
    },
  });
  relay = startPaymentNotifyRelay(database.prisma, database.url);
  await waitFor(() => relay.connected(), 10_000, 'listener connected');
});

after(async () => {
  await relay?.stop();
  await database?.close();
});

test(
  "another instance's update reaches this instance's waiting page; its own are not delivered twice",
  { skip },
  async () => {
    const seen: PaymentUpdate[] = [];
    const unsubscribe = subscribeToPayment(paymentId, (update) => seen.push(update));
    const notify = (from: string, status: string) =>
      database.prisma.pool.query('SELECT pg_notify($1, $2)', [
        CHANNEL,
        JSON.stringify({ from, paymentId, status, errorMessage: null }),
      ]);
    await notify('ins_elsewhere', 'requires_action');
    await waitFor(() => seen.length === 1, 3000, 'the other instance’s update');
    assert.equal(seen[0]!.status, 'requires_action');
    publishPaymentUpdate({ paymentId, status: 'processing', errorMessage: null });
    await notify(instanceId(), 'processing');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      seen.map((update) => update.status),
      ['requires_action', 'processing'],
      'published here: delivered once, in-process; the echo of our own NOTIFY is ignored',
    );
    unsubscribe();
  },
);

test(
  'after its connection is cut, the listener reconnects and re-reads the payments pages wait on',
  { skip },
  async () => {
    const seen: PaymentUpdate[] = [];
    const unsubscribe = subscribeToPayment(paymentId, (update) => seen.push(update));
    const { rowCount } = await database.prisma.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1`,
      [`LISTEN ${CHANNEL}`],
    );
    assert.equal(rowCount, 1, 'one listening connection per instance');
    await waitFor(() => !relay.connected(), 3000, 'the cut noticed');
    // Another instance commits while nobody here listens: its NOTIFY is lost for this instance.
    await database.prisma.payment.update({ where: { id: paymentId }, data: { status: 'succeeded' } });
    await waitFor(() => seen.some((update) => update.status === 'succeeded'), 10_000, 're-read after reconnect');
    assert.ok(relay.connected());
    unsubscribe();
  },
);
