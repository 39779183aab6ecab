import { appEnvSchema, type AppEnv } from './env-schema';
import { parseEnv } from './parse-env';

let cached: AppEnv | undefined;

/** The validated settings of the web app; throws a one-line ConfigError on the first bad setting. */
export function appEnv(): AppEnv {
  cached ??= parseEnv(appEnvSchema, process.env);
  return cached;
}

/** True when the app talks to the local Stripe sandbox rather than api.stripe.com. */
export function usesSandbox(env: AppEnv = appEnv()): boolean {
  return env.STRIPE_API_URL !== undefined;
}
