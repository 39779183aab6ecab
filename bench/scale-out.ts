/**
 * Scale-out: two production instances on one PostgreSQL.
 *
 * The words: "webhook accepted → page shows final status p95 with the page and the webhook on
 * different instances (target ≤ 200 ms, like one instance today), and session-create throughput with
 * two instances against one on PostgreSQL (report the ratio; on two cores correctness is the goal)".
 *
 * Method. A fresh database of its own on the local PostgreSQL (bench/support/bench-postgres.ts; one line
 * says how to get one when there is none), migrated; the Stripe sandbox in this process; two `next
 * start` from the production build (built first when stale) on free ports, sharing every setting. The
 * sandbox's webhooks (delayed 1 s, so the pages listen first) go through a pass-through proxy here to
 * instance A, which records when the first event about each PaymentIntent arrived and when A answered
 * it 2xx (each event triggers the re-read of the PaymentIntent, so the first one decides, as in
 * bench/checkout-webhook-latency.ts). For each of PAYMENTS payments: a session, Pay on B, then the
 * status stream opened on A and on B (the page); the latency is the final status's arrival on each
 * stream minus A's answer (negative: the page heard first). Then session creation (POST /api/v1/checkout/sessions) for
 * DURATION_MS with CONCURRENCY clients against A alone, then spread over A and B. One JSON line on
 * stdout; progress on stderr. Free ports only, so it runs beside `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { createPrisma } from '@/lib/db/create-prisma';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { randomToken } from '@/lib/ids/new-id';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { startSandbox } from '@tillpoint/stripe-sandbox';
import { createSession, sandboxCall, startPayment, type CheckoutTarget } from '@/resilience/support/http-checkout';
import { productionEnv } from '@/resilience/support/production-env';
import { productionServer } from '@/resilience/support/production-server';
import { freePort } from '@/resilience/support/start-stack';
import { openStatusStream } from '@/resilience/support/status-stream';
import { needsBuild } from '@/scripts/start/needs-build';
import { createBenchDatabase, PG_HOW_TO } from './support/bench-postgres';
import { root } from './support/launcher';
import { percentile } from './support/stats';

const PAYMENTS = 30;
const CONCURRENCY = 8;
const DURATION_MS = 8_000;
const TITLE = 'Scale-out: two instances on one PostgreSQL';
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
type Row = { metric: string; value: number; unit: string; target?: string; pass?: boolean };

const database = await createBenchDatabase('tillpoint_bench_scale');
if (!database) {
  log(PG_HOW_TO);
  console.log(JSON.stringify({ title: TITLE, rows: [{ metric: `skipped: ${PG_HOW_TO}`, value: NaN, unit: '' }] }));
  process.exit(0);
}
if (needsBuild(root)) {
  log('building the production app (next build)');
  const require = createRequire(import.meta.url);
  spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit' });
}

await applyMigrations(database.url);
const prisma = createPrisma(database.url, 4);
const merchant = await createMerchant(prisma, { name: 'Bench shop' });
const [portA, portB, proxyPort] = [await freePort(), await freePort(), await freePort()];
const webhookArrivedAt = new Map<string, number>();
const webhookAnsweredAt = new Map<string, number>();

// Stripe → this proxy → instance A; notes when A answered each succeeded PaymentIntent's event.
const proxy = createServer((incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => {
    const body = Buffer.concat(chunks);
    const event = JSON.parse(body.toString()) as {
      type: string;
      data: { object: { id: string; payment_intent?: string } };
    };
    // Every event of a payment triggers the re-read of its PaymentIntent: the first A answers decides.
    const intent = event.type.startsWith('payment_intent.')
      ? event.data.object.id
      : event.type.startsWith('charge.')
        ? event.data.object.payment_intent
        : undefined;
    if (intent && !webhookArrivedAt.has(intent)) webhookArrivedAt.set(intent, performance.now());
    const forward = httpRequest(
      { host: '127.0.0.1', port: portA, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => {
          if (intent && answer.statusCode === 200 && !webhookAnsweredAt.has(intent))
            webhookAnsweredAt.set(intent, performance.now());
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          outgoing.end(Buffer.concat(parts));
        });
      },
    );
    forward.on('error', () => outgoing.writeHead(502).end());
    forward.end(body);
  });
});
await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));

const account = `bench_${randomToken(10)}`;
const webhookSecret = `whsec_${randomToken(32)}`;
const sandbox = await startSandbox({
  port: 0,
  webhookUrl: `http://127.0.0.1:${proxyPort}/api/stripe/webhook`,
  webhookSecret,
  log: () => {},
});
const shared: NodeJS.ProcessEnv = {
  ...productionEnv({ databaseUrl: database.url, sandboxUrl: sandbox.url, account, webhookSecret }),
  LOG_LEVEL: 'warn',
  API_RATE_LIMIT_KEY_BURST: '1000000',
  API_RATE_LIMIT_KEY_PER_SECOND: '1000000',
  API_RATE_LIMIT_IP_BURST: '1000000',
  API_RATE_LIMIT_IP_PER_SECOND: '1000000',
  PAYMENT_RATE_LIMIT_SESSION_BURST: '1000',
  PAYMENT_RATE_LIMIT_IP_BURST: '100000',
  PAYMENT_RATE_LIMIT_IP_PER_MINUTE: '100000',
  PAYMENT_RATE_LIMIT_MERCHANT_BURST: '100000',
  PAYMENT_RATE_LIMIT_CARD_BURST: '100000',
};
const target = (port: number): CheckoutTarget => ({
  appUrl: `http://127.0.0.1:${port}`,
  sandboxUrl: sandbox.url,
  merchantSecretKey: merchant.secretKey,
  stripeSecretKey: shared.STRIPE_SECRET_KEY!,
  stripePublishableKey: shared.STRIPE_PUBLISHABLE_KEY!,
});
const [a, b] = [target(portA), target(portB)];
const servers = [portA, portB].map((port) =>
  productionServer(port, { ...shared, PORT: String(port), TILLPOINT_PUBLIC_URL: `http://127.0.0.1:${port}` }),
);

const rows: Row[] = [];
try {
  log(`starting two instances (:${portA} gets the webhooks, :${portB}) on ${new URL(database.url).pathname.slice(1)}`);
  await Promise.all(servers.map((server) => server.start()));
  // Enough delay that both pages are listening before the webhook lands.
  await sandboxCall(a, 'POST', '/_sandbox/faults/webhooks', { delay_ms: 1000 });

  const onOther: number[] = [];
  const onSame: number[] = [];
  const fromArrival: number[] = [];
  for (let i = 0; i < PAYMENTS; i++) {
    const session = await createSession(b);
    await startPayment(b, session.id, '4242424242424242');
    const payment = await prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
    const [pageA, pageB] = await Promise.all([
      openStatusStream(a.appUrl, payment.id),
      openStatusStream(b.appUrl, payment.id),
    ]);
    const [finalA, finalB] = await Promise.all([pageA.final, pageB.final]);
    pageA.close();
    pageB.close();
    // The page may hear of it before A's answer reaches the proxy (negative latency: page first).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answered = webhookAnsweredAt.get(payment.stripePaymentIntentId!);
    const arrived = webhookArrivedAt.get(payment.stripePaymentIntentId!);
    if (answered === undefined || arrived === undefined) continue;
    onSame.push(finalA.at - answered);
    onOther.push(finalB.at - answered);
    fromArrival.push(finalB.at - arrived);
  }
  const otherP95 = percentile(onOther, 95);
  log(`webhook→page p95: other instance ${otherP95.toFixed(0)} ms, same ${percentile(onSame, 95).toFixed(0)} ms`);
  rows.push(
    {
      metric: `webhook accepted on A → final status on B's page, p95 (${onOther.length} payments)`,
      value: otherP95,
      unit: 'ms',
      target: '≤ 200 ms',
      pass: onOther.length >= PAYMENTS - 2 && otherP95 <= 200,
    },
    { metric: "… on A's own page, p95 (for comparison)", value: percentile(onSame, 95), unit: 'ms' },
    {
      metric: "webhook arrives at A → B's page (adds A's whole handler), p95",
      value: percentile(fromArrival, 95),
      unit: 'ms',
    },
  );

  await sandboxCall(a, 'POST', '/_sandbox/faults/webhooks', {});
  const throughput = async (targets: CheckoutTarget[]) => {
    let done = 0;
    let failed = 0;
    const until = performance.now() + DURATION_MS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        for (let n = 0; performance.now() < until; n++) {
          await createSession(targets[(worker + n) % targets.length]!).then(
            () => done++,
            () => failed++,
          );
        }
      }),
    );
    return { perSecond: done / (DURATION_MS / 1000), failed };
  };
  await throughput([a, b]); // warm-up of both
  const one = await throughput([a]);
  const two = await throughput([a, b]);
  log(`session create: one ${one.perSecond.toFixed(1)}/s, two ${two.perSecond.toFixed(1)}/s`);
  rows.push(
    { metric: `session create, one instance (${CONCURRENCY} clients)`, value: one.perSecond, unit: '/s' },
    { metric: `session create, two instances (${CONCURRENCY} clients)`, value: two.perSecond, unit: '/s' },
    {
      metric: 'two instances ÷ one (2 cores shared with the database and the clients)',
      value: two.perSecond / one.perSecond,
      unit: '×',
      target: 'reported; no errors',
      pass: one.failed === 0 && two.failed === 0,
    },
  );
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await sandbox.close();
  proxy.close();
  await prisma.$disconnect();
  await database.drop();
}
console.log(JSON.stringify({ title: TITLE, rows }));
