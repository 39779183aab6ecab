import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '@/lib/db/create-prisma';
import type { PaymentStatus } from '@/lib/generated/prisma/enums';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { listPayments } from './list-payments';
import { loadOverview } from './load-overview';

let database: TestDatabase;
let db: Db;
const NOW = new Date('2026-12-02T15:30:00Z');
let sequence = 0;

before(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
after(() => database.close());

type Seed = {
  at: string;
  status: PaymentStatus;
  amount?: number;
  currency?: string;
  challenged?: boolean;
  failed?: boolean;
};

/** Payments as they would be stored, with the creation time and timeline the case needs. */
async function seed(merchantId: string, payments: Seed[]) {
  for (const p of payments) {
    const n = ++sequence;
    const createdAt = new Date(p.at);
    await db.checkoutSession.create({
      data: {
        id: `cs_seed_${n}`,
        merchantId,
        currency: p.currency ?? 'usd',
        amountTotal: p.amount ?? 1000,
        expiresAt: new Date(createdAt.getTime() + 3600_000),
        createdAt,
      },
    });
    await db.payment.create({
      data: {
        id: `pay_seed_${n}`,
        merchantId,
        sessionId: `cs_seed_${n}`,
        status: p.status,
        amount: p.amount ?? 1000,
        currency: p.currency ?? 'usd',
        createdAt,
        lastErrorCode: p.failed ? 'card_declined' : null,
        ...(p.challenged && {
          timeline: {
            create: {
              id: `pev_seed_${n}`,
              fromStatus: 'requires_payment_method',
              toStatus: 'requires_action',
              source: 'action:start-payment',
              createdAt,
            },
          },
        }),
      },
    });
  }
}

test('today and the last 30 days are UTC days; rates follow their definitions; currencies stay apart', async () => {
  const merchantId = (await createMerchant(db, { name: 'Overview shop' })).id;
  const other = (await createMerchant(db, { name: 'Someone else' })).id;
  await seed(merchantId, [
    // Today (UTC): a success, a 3DS success, a decline, a payment still waiting on 3DS, a euro success.
    { at: '2026-12-02T00:00:00Z', status: 'succeeded', amount: 4500 },
    { at: '2026-12-02T09:00:00Z', status: 'succeeded', amount: 2000, challenged: true },
    { at: '2026-12-02T10:00:00Z', status: 'requires_payment_method', amount: 4500, failed: true },
    { at: '2026-12-02T11:00:00Z', status: 'requires_action', amount: 700 },
    { at: '2026-12-02T12:00:00Z', status: 'succeeded', amount: 1999, currency: 'eur' },
    // Yesterday just before midnight UTC, 29 days ago, and 30 days ago (outside the window).
    { at: '2026-12-01T23:59:59.999Z', status: 'succeeded', amount: 1000 },
    { at: '2026-11-03T00:00:00Z', status: 'canceled', amount: 1000, challenged: true },
    { at: '2026-11-02T23:59:59Z', status: 'succeeded', amount: 99_999 },
  ]);
  await seed(other, [{ at: '2026-12-02T08:00:00Z', status: 'succeeded', amount: 123_456 }]);

  const overview = await loadOverview(db, merchantId, NOW);
  assert.equal(overview.days.length, 30);
  assert.deepEqual([overview.days[0], overview.days.at(-1)], ['2026-11-03', '2026-12-02']);

  assert.deepEqual(overview.today.volumes, [
    { currency: 'usd', amount: 6500, count: 2 },
    { currency: 'eur', amount: 1999, count: 1 },
  ]);
  assert.deepEqual(
    [overview.today.attempted, overview.today.succeeded, overview.today.withOutcome, overview.today.challenged],
    [5, 3, 4, 2],
  );
  assert.equal(overview.today.successRate, 3 / 4);
  assert.equal(overview.today.challengeRate, 2 / 5);

  assert.deepEqual(overview.last30Days.volumes, [
    { currency: 'usd', amount: 7500, count: 3 },
    { currency: 'eur', amount: 1999, count: 1 },
  ]);
  assert.deepEqual(
    [
      overview.last30Days.attempted,
      overview.last30Days.succeeded,
      overview.last30Days.withOutcome,
      overview.last30Days.challenged,
    ],
    [7, 4, 6, 3],
  );

  const usd = overview.dailyVolume.usd!;
  assert.deepEqual([usd[0], usd[28], usd[29]], [0, 1000, 6500]);
  assert.equal(
    usd.reduce((a, b) => a + b, 0),
    7500,
  );
  assert.deepEqual(Object.keys(overview.dailyVolume).sort(), ['eur', 'usd']);
});

test('a merchant with no payments gets zeros and no rates', async () => {
  const merchantId = (await createMerchant(db, { name: 'Quiet shop' })).id;
  const overview = await loadOverview(db, merchantId, NOW);
  assert.deepEqual(
    [overview.today.attempted, overview.today.successRate, overview.last30Days.challengeRate],
    [0, null, null],
  );
  assert.deepEqual(overview.dailyVolume, {});
});

test("with 100,000 payments a merchant's overview and payment list stay on the indexes", async (t) => {
  const merchantId = (await createMerchant(db, { name: 'Busy shop' })).id;
  // A year of history: 100k payments (one every 315 s), a tenth of them challenged.
  await db.$executeRawUnsafe(`
    INSERT INTO checkout_sessions (id, merchant_id, status, currency, amount_total, expires_at, created_at, updated_at)
    SELECT 'cs_bulk_' || g, '${merchantId}', 'complete', 'usd', 1000 + g % 500, now(), TIMESTAMP '2026-12-02 15:00' - (g * interval '315 seconds'), now()
    FROM generate_series(1, 100000) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO payments (id, merchant_id, session_id, status, amount, currency, created_at, updated_at)
    SELECT 'pay_bulk_' || g, '${merchantId}', 'cs_bulk_' || g,
           (CASE WHEN g % 10 = 0 THEN 'requires_payment_method' WHEN g % 50 = 1 THEN 'requires_action' ELSE 'succeeded' END)::"PaymentStatus",
           1000 + g % 500, 'usd', TIMESTAMP '2026-12-02 15:00' - (g * interval '315 seconds'), now()
    FROM generate_series(1, 100000) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO payment_events (id, payment_id, from_status, to_status, source, created_at)
    SELECT 'pev_bulk_' || g, 'pay_bulk_' || g, 'requires_payment_method', 'requires_action', 'action:start-payment', now()
    FROM generate_series(1, 100000, 10) g`);
  await db.$executeRawUnsafe('ANALYZE');

  const started = performance.now();
  const overview = await loadOverview(db, merchantId, NOW);
  const overviewMs = performance.now() - started;
  const listStarted = performance.now();
  const filters = { status: 'succeeded', minAmount: '12', maxAmount: '13.5' } as const;
  const page = await listPayments(db, merchantId, filters, { direction: 'first' });
  const deeper = await listPayments(db, merchantId, filters, { direction: 'after', id: page.next! });
  const listMs = performance.now() - listStarted;
  t.diagnostic(
    `${database.kind}: overview of 100k payments ${overviewMs.toFixed(0)} ms; two filtered list pages ${listMs.toFixed(0)} ms`,
  );

  // 30 days up to today 15:00 UTC at one payment every 315 s: about 8,400 payments.
  assert.ok(
    overview.last30Days.attempted > 8_000 && overview.last30Days.attempted < 8_600,
    String(overview.last30Days.attempted),
  );
  assert.ok(Math.abs(overview.last30Days.challengeRate! - 0.1) < 0.01);
  assert.equal(page.rows.length, 25);
  assert.ok(
    [...page.rows, ...deeper.rows].every(
      (p) => p.merchantId === merchantId && p.status === 'succeeded' && p.amount >= 1200 && p.amount <= 1350,
    ),
  );
  assert.ok(deeper.rows[0]!.createdAt <= page.rows.at(-1)!.createdAt && deeper.rows[0]!.id !== page.rows.at(-1)!.id);

  const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN SELECT p.currency, count(*) FROM payments p WHERE p.merchant_id = '${merchantId}' AND p.created_at >= TIMESTAMP '2026-11-03' AND p.created_at < TIMESTAMP '2026-12-03' GROUP BY 1`,
  );
  const text = plan.map((row) => row['QUERY PLAN']).join('\n');
  assert.match(text, /payments_merchant_id_(status_)?created_at_idx/, text);
  assert.doesNotMatch(text, /Seq Scan on payments/, text);
  // Generous: a guard against a query that scans everything, not a benchmark (CI machines are shared).
  assert.ok(overviewMs < 3_000 && listMs < 3_000, `${overviewMs} ms, ${listMs} ms`);
});
