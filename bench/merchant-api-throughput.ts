/**
 * Merchant API: session-create throughput and p99 at 32 concurrent connections (loopback).
 *
 * The words: "session-create throughput and p99 at 32 concurrent connections, side by side
 * with a bare Next.js route handler on the same build, on PGlite and on PostgreSQL; target ≥ 0.5× the
 * bare handler on PostgreSQL, and ≤ 1.5× slower with 100 000 stored payments than with 1 000".
 *
 * Method. For each database a whole Tillpoint runs as `npm start` does (the launcher, the Stripe
 * sandbox, `next start`) on private ports with TILLPOINT_BENCH=1 (which enables the bare handler
 * `POST /api/bench/bare`: read a JSON body, answer JSON) and rate limits raised out of the way. A
 * merchant is written directly; 1 000 paid sessions with payments are seeded with SQL. Then, each for
 * DURATION_MS after a warm-up, 32 workers with keep-alive connections loop on: the bare handler; then
 * `POST /api/v1/checkout/sessions` (auth, rate limits, a fresh Idempotency-Key per request, validation,
 * the insert, the stored idempotent response); then `GET /api/v1/payments?limit=10`. The seed grows to
 * 100 000 payments and sessions are created again. PostgreSQL is the local cluster (`pg_ctlcluster 15
 * main start`, as in .ci/run) with a fresh database `tillpoint_bench_api`; it is skipped (and
 * reported) when it is not reachable. One JSON line on stdout; progress on stderr.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runningEmbeddedUrl } from '@/lib/db/embedded/running-embedded-url';
import { createPrisma } from '@/lib/db/create-prisma';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { PG_HOW_TO } from './support/bench-postgres';
import { percentile } from './support/stats';
import { root, startLauncher, stopLauncher, waitHealthy } from './support/launcher';

const PORT = 3910;
const SANDBOX_PORT = 12911;
const CONCURRENCY = 32;
const WARMUP_MS = 3_000;
const DURATION_MS = 10_000;
const PG_ADMIN_URL =
  process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://tillpoint_ci:tillpoint_ci@127.0.0.1:5432/tillpoint_ci';
const PG_DB = 'tillpoint_bench_api';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const base = `http://127.0.0.1:${PORT}`;

type Row = { metric: string; value: number; unit: string; target?: string; pass?: boolean };
type Load = { perSecond: number; p99: number; errors: number };

/** CONCURRENCY workers loop on `send` for `ms`; throughput counts 2xx only. */
async function load(send: () => Promise<Response>, ms: number): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const response = await send();
          await response.arrayBuffer();
          if (response.ok) latencies.push(performance.now() - t0);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: latencies.length / elapsed, p99: percentile(latencies, 99), errors };
}

async function seedPayments(databaseUrl: string, merchantId: string, from: number, to: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let start = from; start < to; start += 10_000) {
      const end = Math.min(to, start + 10_000) - 1;
      await client.query(
        `INSERT INTO checkout_sessions (id, merchant_id, status, currency, amount_total, success_url, expires_at, completed_at, created_at, updated_at)
         SELECT 'cs_seed' || lpad(g::text, 17, '0'), $1, 'complete', 'usd', 1000, 'https://shop.example/ok', now(), now(), now() - g * interval '1 second', now()
         FROM generate_series($2::int, $3::int) g`,
        [merchantId, start, end],
      );
      await client.query(
        `INSERT INTO payments (id, merchant_id, session_id, status, amount, currency, succeeded_at, created_at, updated_at)
         SELECT 'pay_seed' || lpad(g::text, 16, '0'), $1, 'cs_seed' || lpad(g::text, 17, '0'), 'succeeded', 1000, 'usd', now(), now() - g * interval '1 second', now()
         FROM generate_series($2::int, $3::int) g`,
        [merchantId, start, end],
      );
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function preparePostgres(): Promise<string | null> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
    await admin.query(`CREATE DATABASE ${PG_DB}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${PG_DB}`;
    return url.toString();
  } catch (error) {
    log(
      `PostgreSQL not reachable at ${PG_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); skipped: ${PG_HOW_TO}`,
    );
    return null;
  } finally {
    await admin.end().catch(() => {});
  }
}

async function measure(kind: 'pglite' | 'postgresql', configuredUrl: string) {
  const dataDir = `.data/bench-api-${kind}`;
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  const launcher = startLauncher({
    port: PORT,
    sandboxPort: SANDBOX_PORT,
    dataDir,
    databaseUrl: configuredUrl,
    env: {
      TILLPOINT_BENCH: '1',
      API_RATE_LIMIT_KEY_BURST: '1000000',
      API_RATE_LIMIT_KEY_PER_SECOND: '1000000',
      API_RATE_LIMIT_IP_BURST: '1000000',
      API_RATE_LIMIT_IP_PER_SECOND: '1000000',
    },
  });
  try {
    await waitHealthy(launcher, PORT);
    const databaseUrl = configuredUrl || runningEmbeddedUrl(path.join(root, dataDir));
    const prisma = createPrisma(databaseUrl, 2);
    const merchant = await createMerchant(prisma, { name: 'Bench shop' });
    await prisma.$disconnect();
    await seedPayments(databaseUrl, merchant.id, 0, 1_000);

    const headers = { Authorization: `Bearer ${merchant.secretKey}`, 'Content-Type': 'application/json' };
    const body = JSON.stringify({
      line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }],
      currency: 'usd',
      success_url: 'https://shop.example.com/thanks',
      metadata: { order: '1042' },
    });
    let counter = 0;
    const bare = () => fetch(`${base}/api/bench/bare`, { method: 'POST', headers, body });
    const create = () =>
      fetch(`${base}/api/v1/checkout/sessions`, {
        method: 'POST',
        headers: { ...headers, 'Idempotency-Key': `bench-${kind}-${counter++}` },
        body,
      });
    const list = () => fetch(`${base}/api/v1/payments?limit=10`, { headers });

    await load(bare, WARMUP_MS);
    await load(create, WARMUP_MS);
    log(`${kind}: bare handler`);
    const bareResult = await load(bare, DURATION_MS);
    log(`${kind}: session create, 1 000 payments`);
    const small = await load(create, DURATION_MS);
    const listSmall = await load(list, DURATION_MS / 2);
    log(`${kind}: seeding 100 000 payments`);
    await seedPayments(databaseUrl, merchant.id, 1_000, 100_000);
    await load(create, WARMUP_MS);
    log(`${kind}: session create, 100 000 payments`);
    const large = await load(create, DURATION_MS);
    const listLarge = await load(list, DURATION_MS / 2);
    return { bare: bareResult, small, large, listSmall, listLarge };
  } finally {
    await stopLauncher(launcher);
  }
}

function rowsFor(kind: string, result: Awaited<ReturnType<typeof measure>>, judgeBare: boolean): Row[] {
  const ratio = result.small.perSecond / result.bare.perSecond;
  const slowdown = result.small.perSecond / result.large.perSecond;
  const listSlowdown = result.listSmall.perSecond / result.listLarge.perSecond;
  const errors =
    result.bare.errors + result.small.errors + result.large.errors + result.listSmall.errors + result.listLarge.errors;
  return [
    { metric: `${kind}: bare route handler`, value: result.bare.perSecond, unit: 'req/s' },
    { metric: `${kind}: bare route handler p99`, value: result.bare.p99, unit: 'ms' },
    { metric: `${kind}: session create (1 000 payments)`, value: result.small.perSecond, unit: 'req/s' },
    { metric: `${kind}: session create p99 (1 000 payments)`, value: result.small.p99, unit: 'ms' },
    {
      metric: `${kind}: session create ÷ bare`,
      value: ratio,
      unit: '×',
      ...(judgeBare && { target: '≥ 0.5×', pass: ratio >= 0.5 }),
    },
    { metric: `${kind}: session create (100 000 payments)`, value: result.large.perSecond, unit: 'req/s' },
    { metric: `${kind}: session create p99 (100 000 payments)`, value: result.large.p99, unit: 'ms' },
    {
      metric: `${kind}: slowdown 1 000 → 100 000 payments`,
      value: slowdown,
      unit: '×',
      target: '≤ 1.5×',
      pass: slowdown <= 1.5,
    },
    {
      metric: `${kind}: list payments, slowdown 1 000 → 100 000`,
      value: listSlowdown,
      unit: '×',
      target: '≤ 1.5×',
      pass: listSlowdown <= 1.5,
    },
    { metric: `${kind}: failed requests`, value: errors, unit: '', target: '0', pass: errors === 0 },
  ];
}

const rows: Row[] = [];
rows.push(...rowsFor('PGlite', await measure('pglite', ''), false));
const postgresUrl = await preparePostgres();
if (postgresUrl) rows.push(...rowsFor('PostgreSQL', await measure('postgresql', postgresUrl), true));
else rows.push({ metric: 'PostgreSQL: not reachable (skipped)', value: NaN, unit: '', pass: false });
console.log(JSON.stringify({ title: `Merchant API throughput (${CONCURRENCY} connections, loopback)`, rows }));
