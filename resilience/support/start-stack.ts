import { createServer } from 'node:net';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { randomToken } from '@/lib/ids/new-id';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '@tillpoint/stripe-sandbox';
import type { CheckoutTarget } from './http-checkout';
import { productionEnv } from './production-env';
import { productionServer, assertProductionBuild, type ProductionServer } from './production-server';

export type StackOptions = {
  /** Extra or overriding settings of the web app (e.g. WEBHOOK_RETRY_SCHEDULE, rate limits). */
  env?: Record<string, string>;
  sandbox?: Omit<SandboxOptions, 'port' | 'webhookUrl' | 'webhookSecret'>;
  /** Print the server's output as it comes (RESILIENCE_ECHO=1 does the same). */
  echo?: boolean;
};

export type Stack = CheckoutTarget & {
  database: TestDatabase;
  sandbox: RunningSandbox;
  server: ProductionServer;
  merchantId: string;
  /** SIGKILLs the server, then starts it again on the same database and sandbox. */
  killAndRestart(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A whole Tillpoint for one test file: a fresh database (PGlite in this process, or a new database
 * on the PostgreSQL in DATABASE_URL), migrated; a merchant with a secret key; the Stripe sandbox in
 * this process, signing webhooks to the app's /api/stripe/webhook; and the production server
 * (`next start`) as its own process group, started and healthy. Needs `.next` from `next build`.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  assertProductionBuild();
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const account = `res_${randomToken(10)}`;
  const webhookSecret = `whsec_${randomToken(32)}`;
  const database = await createTestDatabase();
  const merchant = await createMerchant(database.prisma, { name: 'Resilience shop' });
  const sandbox = await startSandbox({
    port: 0,
    webhookUrl: `${appUrl}/api/stripe/webhook`,
    webhookSecret,
    // Sandbox seconds before each retry of a failed delivery: a killed server gets its events soon after restart.
    webhookRetrySchedule: [0.5, 1, 2, 3, 5, 8],
    log: () => {},
    ...options.sandbox,
  });
  const env: NodeJS.ProcessEnv = {
    ...productionEnv({ databaseUrl: database.url, sandboxUrl: sandbox.url, account, webhookSecret }),
    PORT: String(port),
    TILLPOINT_PUBLIC_URL: appUrl,
    RECONCILE_AFTER_SECONDS: '2',
    JOBS_INTERVAL_SECONDS: '1',
    WEBHOOK_RETRY_SCHEDULE: '0.5,1,1,2,2,3,5',
    // The merchant's receiver in these tests listens on 127.0.0.1 (the setting feat/ssrf adds; ignored before it).
    WEBHOOK_ALLOW_PRIVATE_TARGETS: '1',
    PAYMENT_RATE_LIMIT_SESSION_BURST: '1000',
    PAYMENT_RATE_LIMIT_IP_BURST: '100000',
    PAYMENT_RATE_LIMIT_IP_PER_MINUTE: '100000',
    API_RATE_LIMIT_KEY_BURST: '100000',
    API_RATE_LIMIT_KEY_PER_SECOND: '100000',
    API_RATE_LIMIT_IP_BURST: '100000',
    API_RATE_LIMIT_IP_PER_SECOND: '100000',
    ...options.env,
  };
  const server = productionServer(port, env, { echo: options.echo ?? process.env.RESILIENCE_ECHO === '1' });
  await server.start();

  return {
    appUrl,
    sandboxUrl: sandbox.url,
    merchantSecretKey: merchant.secretKey,
    stripeSecretKey: env.STRIPE_SECRET_KEY!,
    stripePublishableKey: env.STRIPE_PUBLISHABLE_KEY!,
    database,
    sandbox,
    server,
    merchantId: merchant.id,
    async killAndRestart() {
      await server.kill();
      await server.start();
    },
    async close() {
      await server.stop();
      await sandbox.close();
      await database.close();
    },
  };
}

/** A TCP port free on 127.0.0.1 right now (the server must know its own URL before it listens). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
