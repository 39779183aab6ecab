import { createMerchant } from '@/lib/merchants/create-merchant';
import { randomToken } from '@/lib/ids/new-id';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { startSandbox, type RunningSandbox } from '@tillpoint/stripe-sandbox';
import type { CheckoutTarget } from './http-checkout';
import { productionEnv } from './production-env';
import { productionServer, type ProductionServer } from './production-server';
import { freePort } from './start-stack';

export type Instance = CheckoutTarget & { server: ProductionServer };

export type TwoInstances = {
  database: TestDatabase;
  sandbox: RunningSandbox;
  /** Stripe's webhooks land here. */
  a: Instance;
  b: Instance;
  metricsToken: string;
  close(): Promise<void>;
};

/**
 * Two production servers (`next start`) on one fresh PostgreSQL database (DATABASE_URL), as a load
 * balancer would have them: same settings and keys, each its own port. The sandbox sends every
 * Stripe webhook to instance A. Extra settings in `env`.
 */
export async function startTwoInstances(env: Record<string, string> = {}): Promise<TwoInstances> {
  if (!process.env.DATABASE_URL) throw new Error('two instances need PostgreSQL: set DATABASE_URL');
  const [portA, portB] = [await freePort(), await freePort()];
  const account = `two_${randomToken(10)}`;
  const webhookSecret = `whsec_${randomToken(32)}`;
  const metricsToken = randomToken(24);
  const database = await createTestDatabase();
  const merchant = await createMerchant(database.prisma, { name: 'Two instances shop' });
  const sandbox = await startSandbox({
    port: 0,
    webhookUrl: `http://127.0.0.1:${portA}/api/stripe/webhook`,
    webhookSecret,
    webhookRetrySchedule: [0.5, 1, 2, 3, 5, 8],
    log: () => {},
  });
  const shared: NodeJS.ProcessEnv = {
    ...productionEnv({ databaseUrl: database.url, sandboxUrl: sandbox.url, account, webhookSecret }),
    METRICS_TOKEN: metricsToken,
    RECONCILE_AFTER_SECONDS: '60',
    JOBS_INTERVAL_SECONDS: '1',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: '1',
    PAYMENT_RATE_LIMIT_SESSION_BURST: '1000',
    PAYMENT_RATE_LIMIT_IP_BURST: '100000',
    PAYMENT_RATE_LIMIT_IP_PER_MINUTE: '100000',
    API_RATE_LIMIT_IP_BURST: '100000',
    API_RATE_LIMIT_IP_PER_SECOND: '100000',
    ...env,
  };
  const echo = process.env.RESILIENCE_ECHO === '1';
  const instance = (port: number): Instance => {
    const appUrl = `http://127.0.0.1:${port}`;
    return {
      appUrl,
      sandboxUrl: sandbox.url,
      merchantSecretKey: merchant.secretKey,
      stripeSecretKey: shared.STRIPE_SECRET_KEY!,
      stripePublishableKey: shared.STRIPE_PUBLISHABLE_KEY!,
      server: productionServer(port, { ...shared, PORT: String(port), TILLPOINT_PUBLIC_URL: appUrl }, { echo }),
    };
  };
  const a = instance(portA);
  const b = instance(portB);
  await Promise.all([a.server.start(), b.server.start()]);
  return {
    database,
    sandbox,
    a,
    b,
    metricsToken,
    async close() {
      await Promise.all([a.server.stop(), b.server.stop()]);
      await sandbox.close();
      await database.close();
    },
  };
}
