import { closeDb } from '@/lib/db/db';
import { randomBytes } from 'node:crypto';
import { randomToken } from '@/lib/ids/new-id';
import { startSandbox } from '@tillpoint/stripe-sandbox';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TestEnvironment = { database: TestDatabase; sandboxUrl: string; secretKey: string; close(): Promise<void> };

/**
 * A real database and the Stripe sandbox over HTTP (in this process, on a free port), with the app's
 * settings pointing at both. Call before anything reads `appEnv()`; one per test file.
 */
export async function createTestEnvironment(): Promise<TestEnvironment> {
  const database = await createTestDatabase();
  const sandbox = await startSandbox({ port: 0 });
  const account = `test_${randomToken(8)}`;
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    TILLPOINT_PUBLIC_URL: 'http://localhost:3999',
    STRIPE_SECRET_KEY: `sk_test_${account}`,
    STRIPE_PUBLISHABLE_KEY: `pk_test_${account}`,
    STRIPE_WEBHOOK_SECRET: `whsec_${randomToken(24)}`,
    STRIPE_API_URL: sandbox.url,
    TILLPOINT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  });
  return {
    database,
    sandboxUrl: sandbox.url,
    secretKey: `sk_test_${account}`,
    async close() {
      // Code under test may have reached the app's shared client (rate limits do): end it first.
      await closeDb();
      await sandbox.close();
      await database.close();
    },
  };
}
