/**
 * Stripe sandbox throughput (loopback only, < 60 s). The sandbox runs as a child process
 * (`node --import tsx sandbox/src/main.ts`) so client and server do not share one event loop.
 * The load comes over raw keep-alive HTTP with the exact form bodies stripe-node sends (the SDK's
 * own per-call cost — a stack capture per request — would otherwise dominate the client side).
 * (a) create+confirm pairs: p50/p99 of a pair when paced at the 300 pairs/s target (open loop after a
 *     warm-up, latency counted from the scheduled start), then the rate sustained at fixed concurrency;
 * (b) webhook deliveries/s from the sandbox to a local receiver (signatures verified with the SDK).
 * Prints exactly one JSON line on stdout; progress goes to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { percentile } from './support/stats';

const PAIR_CONCURRENCY = 16;
const THROUGHPUT_SECONDS = 6;
const WARMUP_SECONDS = 1.5;
const LATENCY_RATE = 300;
const LATENCY_SECONDS = 5;
const WEBHOOK_PAYMENTS = 1500;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function startChild(): Promise<{ child: ChildProcess; port: number }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/src/main.ts'], {
    cwd: root,
    env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_STATE_FILE: '', SANDBOX_WEBHOOK_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
    setTimeout(() => reject(new Error('sandbox did not start in 20 s')), 20_000).unref();
  });
  return { child, port };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One form-encoded POST with keep-alive, like stripe-node's; resolves with the parsed JSON. */
function post(
  port: number,
  key: string,
  path: string,
  form: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(form),
          'Idempotency-Key': `stripe-node-retry-${randomBytes(16).toString('hex')}`,
          'Stripe-Version': '2026-10-28.endive',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString()) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(form);
  });
}

/** CPU seconds the child has used so far (Linux /proc). */
function childCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** One create + confirm, as a server integration does it; false when it did not succeed. */
async function pair(port: number, key: string): Promise<boolean> {
  try {
    const pi = await post(
      port,
      key,
      '/v1/payment_intents',
      'amount=1099&currency=usd&payment_method=pm_card_visa&allowed_payment_method_types[0]=card',
    );
    const confirmed = await post(port, key, `/v1/payment_intents/${String(pi.json.id)}/confirm`, '');
    return confirmed.json.status === 'succeeded';
  } catch {
    return false;
  }
}

/** Closed loop at fixed concurrency: how many pairs per second the sandbox sustains. */
async function benchThroughput(port: number, pid: number | undefined) {
  const key = `sk_test_bench${randomBytes(4).toString('hex')}`;
  let done = 0;
  let errors = 0;
  const warmupEnd = Date.now() + WARMUP_SECONDS * 1000;
  const end = warmupEnd + THROUGHPUT_SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const ok = await pair(port, key);
      if (!ok) errors++;
      if (Date.now() > warmupEnd && Date.now() < end) done++;
    }
  };
  let cpuAtWarmup = NaN;
  setTimeout(() => (cpuAtWarmup = childCpuSeconds(pid)), WARMUP_SECONDS * 1000);
  await Promise.all(Array.from({ length: PAIR_CONCURRENCY }, worker));
  return {
    pairsPerSecond: done / THROUGHPUT_SECONDS,
    serverCpuMsPerPair: ((childCpuSeconds(pid) - cpuAtWarmup) * 1000) / done,
    errors,
  };
}

/** Open loop at the target rate: the latency a client sees when the sandbox serves 300 pairs/s. */
async function benchLatency(port: number) {
  const key = `sk_test_latency${randomBytes(4).toString('hex')}`;
  const warmEnd = Date.now() + WARMUP_SECONDS * 1000;
  const warm = async () => {
    while (Date.now() < warmEnd) await pair(port, key);
  };
  await Promise.all(Array.from({ length: 4 }, warm));
  const latencies: number[] = [];
  let errors = 0;
  const total = LATENCY_RATE * LATENCY_SECONDS;
  const started = performance.now();
  const runs: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / LATENCY_RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    runs.push(
      pair(port, key).then((ok) => {
        if (!ok) errors++;
        latencies.push(performance.now() - due);
      }),
    );
  }
  await Promise.all(runs);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

async function benchWebhooks(port: number) {
  const key = `sk_test_hooks${randomBytes(4).toString('hex')}`;
  // payment_intent.created, charge.succeeded, payment_intent.succeeded, charge.updated (balance transaction).
  const expected = WEBHOOK_PAYMENTS * 4;
  const arrivals: number[] = [];
  const samples: Array<{ body: string; signature: string }> = [];
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      arrivals.push(performance.now());
      if (samples.length < 20)
        samples.push({ body: Buffer.concat(chunks).toString(), signature: String(req.headers['stripe-signature']) });
      res.writeHead(200).end();
      if (arrivals.length >= expected) done();
    });
  });
  receiver.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port: receiverPort } = receiver.address() as AddressInfo;
  const endpoint = await post(
    port,
    key,
    '/v1/webhook_endpoints',
    `url=${encodeURIComponent(`http://127.0.0.1:${receiverPort}/hooks`)}&enabled_events[0]=*`,
  );
  const secret = String(endpoint.json.secret);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < WEBHOOK_PAYMENTS) {
      next++;
      await post(
        port,
        key,
        '/v1/payment_intents',
        'amount=1099&currency=usd&payment_method=pm_card_visa&allowed_payment_method_types[0]=card&confirm=true',
      );
    }
  };
  await Promise.all(Array.from({ length: PAIR_CONCURRENCY }, worker));
  const generated = performance.now();
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 20_000).unref())]);
  receiver.closeAllConnections();
  receiver.close();
  const verified = samples.every((s) => {
    try {
      Stripe.webhooks.constructEvent(s.body, s.signature, secret);
      return true;
    } catch {
      return false;
    }
  });
  const last = arrivals.at(-1) ?? started;
  return {
    delivered: arrivals.length,
    expected,
    perSecond: arrivals.length / ((last - started) / 1000),
    generationSeconds: (generated - started) / 1000,
    verified,
  };
}

const { child, port } = await startChild();
log(`sandbox child on port ${port}`);
try {
  const latency = await benchLatency(port);
  log(`latency at ${LATENCY_RATE} pairs/s: ${JSON.stringify(latency)}`);
  const throughput = await benchThroughput(port, child.pid);
  log(`throughput: ${JSON.stringify(throughput)}`);
  const hooks = await benchWebhooks(port);
  log(`webhooks: ${JSON.stringify(hooks)}`);
  const round = (n: number) => Math.round(n * 10) / 10;
  const rows = [
    {
      metric: `create+confirm pairs/s (keep-alive HTTP, ${PAIR_CONCURRENCY} concurrent)`,
      value: round(throughput.pairsPerSecond),
      unit: 'pairs/s',
      target: '>= 300',
      pass: throughput.pairsPerSecond >= 300 && throughput.errors === 0,
    },
    { metric: 'sandbox CPU per pair', value: Math.round(throughput.serverCpuMsPerPair * 100) / 100, unit: 'ms' },
    { metric: `pair latency p50 at ${LATENCY_RATE} pairs/s`, value: round(latency.p50), unit: 'ms' },
    {
      metric: `pair latency p99 at ${LATENCY_RATE} pairs/s`,
      value: round(latency.p99),
      unit: 'ms',
      target: '<= 50',
      pass: latency.p99 <= 50 && latency.errors === 0,
    },
    {
      metric: `webhook deliveries/s (${hooks.delivered}/${hooks.expected} delivered, signatures verified)`,
      value: round(hooks.perSecond),
      unit: 'deliveries/s',
      target: '>= 500',
      pass: hooks.perSecond >= 500 && hooks.delivered === hooks.expected && hooks.verified,
    },
  ];
  process.stdout.write(`${JSON.stringify({ title: 'Stripe sandbox', rows })}\n`);
} finally {
  child.kill('SIGTERM');
  agent.destroy();
}
