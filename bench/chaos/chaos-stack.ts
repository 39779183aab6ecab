// One whole Tillpoint for the chaos run, on the bench's own ports: a database that outlives the app
// (PGlite served by a child process, or a fresh database on a PostgreSQL server), the Stripe sandbox
// in this process (watched by the recorder), the fault proxy in front of its API, and `next start`
// in its own process group, which the run SIGKILLs and starts again on the same database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { createPrisma } from '@/lib/db/create-prisma';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { isListening } from '@/lib/net/is-listening';
import { embeddedUrl } from '@/lib/db/embedded/embedded-url';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { productionServer, type ProductionServer } from '@/resilience/support/production-server';
import type { CheckoutTarget } from '@/resilience/support/http-checkout';
import { startSandbox, type RunningSandbox } from '@tillpoint/stripe-sandbox';
import { needsBuild } from '../../scripts/start/needs-build';
import { root } from '../support/launcher';
import { CHAOS } from './config';
import { recordSandbox, type SandboxRecorder } from './sandbox-recorder';
import { startStripeFaultProxy, type StripeFaultProxy } from './stripe-fault-proxy';
import { startWebhookArrivalProxy, type WebhookArrivalProxy } from './webhook-arrival-proxy';

const require = createRequire(import.meta.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`[chaos] ${line}\n`);

export const SANDBOX_SECRET_KEY = 'sk_test_tillpoint_chaos';
export const SANDBOX_PUBLISHABLE_KEY = 'pk_test_tillpoint_chaos';

export type ChaosStack = CheckoutTarget & {
  databaseUrl: string;
  server: ProductionServer;
  sandbox: RunningSandbox;
  recorder: SandboxRecorder;
  proxy: StripeFaultProxy;
  webhooks: WebhookArrivalProxy;
  /** SIGKILL the app's process group, then start it again on the same database; resolves when healthy. */
  killAndRestart(): Promise<{ downMs: number }>;
  close(): Promise<void>;
};

export async function startChaosStack(kind: 'pglite' | 'postgresql', postgresUrl: string | null): Promise<ChaosStack> {
  if (needsBuild(root)) {
    log('building the app (next build)…');
    const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const { ports } = CHAOS;
  const dataDir = path.join(root, `.data/bench-chaos-${kind}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const database =
    kind === 'pglite'
      ? await serveEmbedded(dataDir, ports.database)
      : { url: await freshDatabase(postgresUrl!), child: null };
  await applyMigrations(database.url);
  const prisma = createPrisma(database.url, 1);
  const merchant = await createMerchant(prisma, { name: 'Chaos bench shop' });
  await prisma.$disconnect();

  const webhookSecret = `whsec_${randomBytes(24).toString('hex')}`;
  const sandbox = await startSandbox({
    port: ports.sandbox,
    webhookUrl: `http://127.0.0.1:${ports.webhookProxy}/api/stripe/webhook`,
    webhookSecret,
    log: (line) => (process.env.BENCH_VERBOSE === '1' ? process.stderr.write(`[sandbox] ${line}\n`) : undefined),
  });
  const recorder = recordSandbox(sandbox);
  const webhooks = await startWebhookArrivalProxy(ports.webhookProxy, ports.app);
  const proxy = await startStripeFaultProxy({
    port: ports.stripeProxy,
    sandboxPort: ports.sandbox,
    secretKey: SANDBOX_SECRET_KEY,
    rate: CHAOS.stripeFaultRate,
    hangMs: CHAOS.hangMs,
  });

  const appEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database.url,
    TILLPOINT_PUBLIC_URL: `http://localhost:${ports.app}`,
    TILLPOINT_DATA_DIR: dataDir,
    TILLPOINT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STRIPE_SECRET_KEY: SANDBOX_SECRET_KEY,
    STRIPE_PUBLISHABLE_KEY: SANDBOX_PUBLISHABLE_KEY,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_URL: `http://127.0.0.1:${ports.stripeProxy}`,
    STRIPE_JS_URL: `${sandbox.publicUrl}/v3/`,
    STRIPE_TIMEOUT_MS: String(CHAOS.stripeTimeoutMs),
    DEMO_SITE_PORT: '0',
    DEMO_SITE_URL: '',
    // The merchant's webhook receivers run on this machine: local targets must be allowed.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    // One machine plays every customer and the merchant: the abuse limits are not what is measured here.
    API_RATE_LIMIT_KEY_BURST: '100000',
    API_RATE_LIMIT_KEY_PER_SECOND: '100000',
    API_RATE_LIMIT_IP_BURST: '100000',
    API_RATE_LIMIT_IP_PER_SECOND: '100000',
    PAYMENT_RATE_LIMIT_IP_BURST: '100000',
    PAYMENT_RATE_LIMIT_IP_PER_MINUTE: '100000',
  };
  const server = productionServer(ports.app, appEnv, { echo: process.env.BENCH_VERBOSE === '1' });
  await server.start();

  return {
    appUrl: server.url,
    sandboxUrl: sandbox.url,
    merchantSecretKey: merchant.secretKey,
    stripeSecretKey: SANDBOX_SECRET_KEY,
    stripePublishableKey: SANDBOX_PUBLISHABLE_KEY,
    databaseUrl: database.url,
    server,
    sandbox,
    recorder,
    proxy,
    webhooks,
    async killAndRestart() {
      const killedAt = Date.now();
      await server.kill();
      await server.start();
      return { downMs: Date.now() - killedAt };
    },
    async close() {
      await server.stop();
      recorder.stop();
      await proxy.close();
      await webhooks.close();
      await sandbox.close();
      if (database.child) {
        database.child.kill('SIGTERM');
        await new Promise((resolve) => database.child!.once('exit', resolve));
      }
    },
  };
}

async function serveEmbedded(dataDir: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  if (await isListening(port))
    throw new Error(`port ${port} is already taken (a database left by an earlier run?): stop it and run again`);
  // The embedded database asks for a password (lib/db/embedded): one made for this run.
  const password = randomBytes(18).toString('base64url');
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'bench/chaos/serve-embedded-database.ts', path.join(dataDir, 'pglite'), String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHAOS_PGLITE_PASSWORD: password },
    },
  );
  process.once('exit', () => child.kill('SIGKILL')); // never outlive the bench, even when it fails
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (await isListening(port)) return { url: embeddedUrl(port, password), child };
    if (child.exitCode !== null) break;
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`the embedded database did not start on port ${port}`);
}

/** A database of its own next to the one `url` names (the role needs CREATEDB), dropped and created anew. */
async function freshDatabase(url: string): Promise<string> {
  const target = new URL(url);
  const name = `${target.pathname.slice(1) || 'postgres'}_chaos_bench`.replace(/[^a-z0-9_]/gi, '_');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  target.pathname = `/${name}`;
  return target.toString();
}
