import { randomBytes } from 'node:crypto';

/**
 * The settings every production instance in these harnesses shares: one database, one sandbox account,
 * one webhook secret and one encryption key (instances of one deployment must agree on all four).
 * Callers add their port, public URL, limits and job timings.
 */
export function productionEnv(options: {
  databaseUrl: string;
  sandboxUrl: string;
  account: string;
  webhookSecret: string;
}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    TILLPOINT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STRIPE_SECRET_KEY: `sk_test_${options.account}`,
    STRIPE_PUBLISHABLE_KEY: `pk_test_${options.account}`,
    STRIPE_WEBHOOK_SECRET: options.webhookSecret,
    STRIPE_API_URL: options.sandboxUrl,
    STRIPE_JS_URL: `${options.sandboxUrl}/v3/`,
    DEMO_SITE_URL: '',
  };
}
