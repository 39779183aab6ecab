import { baseEnvSchema } from '@/lib/env/env-schema';
import { parseEnv } from '@/lib/env/parse-env';

export type TargetSettings = {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: loopback and private addresses are allowed (local development). */
  allowPrivateTargets: boolean;
  /** Live Stripe keys: webhook URLs must be https. */
  liveMode: boolean;
};

const settingsSchema = baseEnvSchema.pick({ WEBHOOK_ALLOW_PRIVATE_TARGETS: true, STRIPE_SECRET_KEY: true });

/** Where merchant webhooks may go, from the settings as they are now. */
export function targetSettings(): TargetSettings {
  const env = parseEnv(settingsSchema, process.env);
  return {
    allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    liveMode: /^(sk|rk)_live_/.test(env.STRIPE_SECRET_KEY ?? ''),
  };
}
