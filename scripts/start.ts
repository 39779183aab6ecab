// `npm start` (production build) and `npm run dev` (next dev): starts the embedded database, migrates,
// starts the Stripe sandbox when no real Stripe key is configured, then the web app, and stops them all
// on Ctrl-C.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { createPrisma } from '@/lib/db/create-prisma';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { baseEnvSchema } from '@/lib/env/env-schema';
import { ConfigError, parseEnv } from '@/lib/env/parse-env';
import { prepareDemoSite } from '@/lib/demo/prepare-demo-site';
import { ensureDemoStore } from '@/lib/demo/ensure-demo-store';
import { runCommand } from './run-command';
import { startChild, stopChildren, waitForHttp, type Child } from './start/children';
import { ensureEncryptionKey } from './start/ensure-encryption-key';
import { startDemoSite } from './start/start-demo-site';
import { needsBuild } from './start/needs-build';
import { printBanner } from './start/print-banner';

const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');
const root = process.cwd();

await runCommand(async () => {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseEnv(baseEnvSchema, process.env);
  const publicUrl = config.TILLPOINT_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  if (config.STRIPE_SECRET_KEY) {
    for (const name of ['STRIPE_PUBLISHABLE_KEY', 'STRIPE_WEBHOOK_SECRET'] as const) {
      if (!config[name])
        throw new ConfigError(`Configuration error: ${name} is required with STRIPE_SECRET_KEY (see .env.example)`);
    }
  }

  if (!dev && needsBuild(root)) {
    console.log('Building Tillpoint for production (the first start takes a minute or two)…');
    const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed; see the output above');
  }

  const database = await resolveDatabase();
  const children: Child[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Tillpoint…');
    await stopChildren(children);
    await database.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Database migrated: ${applied.join(', ')}`);
  const prisma = createPrisma(database.url, 1);
  const useSandbox = !config.STRIPE_SECRET_KEY;
  const { demo, demoLogin } = await ensureDemoStore(prisma, useSandbox);
  const demoSiteOrigin = useSandbox && config.DEMO_SITE_PORT ? `http://localhost:${config.DEMO_SITE_PORT}` : null;
  const demoSiteKey = demoSiteOrigin ? (await prepareDemoSite(prisma, demoSiteOrigin)).secretKey : null;
  await prisma.$disconnect();

  const stripeEnv: Record<string, string> = {};
  if (useSandbox) {
    // The sandbox is local and offline: fixed test keys, and a webhook secret made fresh for this run.
    const sandboxUrl = `http://localhost:${config.SANDBOX_PORT}`;
    Object.assign(stripeEnv, {
      STRIPE_SECRET_KEY: 'sk_test_tillpoint_sandbox',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_tillpoint_sandbox',
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64url').replace(/[-_]/g, '0')}`,
      STRIPE_API_URL: sandboxUrl,
      STRIPE_JS_URL: `${sandboxUrl}/v3/`,
    });
    const sandbox = startChild('sandbox', process.execPath, [require.resolve('tsx/cli'), 'sandbox/src/main.ts'], {
      ...process.env,
      SANDBOX_PORT: String(config.SANDBOX_PORT),
      SANDBOX_PUBLIC_URL: sandboxUrl,
      SANDBOX_STATE_FILE: `${config.TILLPOINT_DATA_DIR}/sandbox-state.json`,
      SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${config.PORT}/api/stripe/webhook`,
      SANDBOX_WEBHOOK_SECRET: stripeEnv.STRIPE_WEBHOOK_SECRET,
    });
    children.push(sandbox);
    if (!(await waitForHttp(`http://127.0.0.1:${config.SANDBOX_PORT}/health`, sandbox, 30_000))) {
      console.error(
        `The Stripe sandbox did not start on port ${config.SANDBOX_PORT} (is the port taken? set SANDBOX_PORT).`,
      );
      return shutdown(1);
    }
  }

  const demoSite =
    demoSiteOrigin && demoSiteKey
      ? await startDemoSite({
          port: config.DEMO_SITE_PORT,
          origin: demoSiteOrigin,
          tillpointUrl: publicUrl,
          secretKey: demoSiteKey,
        })
      : null;
  if (demoSite) children.push(demoSite);
  const demoSiteUrl = demoSite ? demoSiteOrigin : null;

  const nextArgs = [require.resolve('next/dist/bin/next'), dev ? 'dev' : 'start', '-p', String(config.PORT)];
  const app = startChild('app', process.execPath, nextArgs, {
    ...process.env,
    ...stripeEnv,
    DATABASE_URL: database.url,
    TILLPOINT_PUBLIC_URL: publicUrl,
    TILLPOINT_EMBEDDED_DB: database.embedded ? '1' : '',
    TILLPOINT_ENCRYPTION_KEY: ensureEncryptionKey(config.TILLPOINT_ENCRYPTION_KEY, config.TILLPOINT_DATA_DIR),
    DEMO_SITE_URL: demoSiteUrl ?? '',
    // With the sandbox everything runs on this machine, local webhook receivers included.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS || (useSandbox ? 'true' : 'false'),
  });
  children.push(app);
  for (const child of children) {
    void child.exited.then((code) => {
      if (stopping) return;
      console.error(`${child.name} exited unexpectedly (code ${code}); stopping Tillpoint.`);
      void shutdown(1);
    });
  }
  if (!(await waitForHttp(`http://127.0.0.1:${config.PORT}/api/health`, app, 120_000))) {
    console.error(`The web app did not become healthy on port ${config.PORT} (is the port taken? set PORT).`);
    return shutdown(1);
  }
  printBanner({ publicUrl, config, database, useSandbox, demo, demoLogin, dev, demoSiteUrl });
  await new Promise(() => {}); // keep running until a signal arrives
});
