import { baseEnvSchema } from '@/lib/env/env-schema';
import { parseEnv } from '@/lib/env/parse-env';
import type { Resolver } from './resolve-target';
import { targetSettings, type TargetSettings } from './target-settings';

export type DeliveryPolicy = TargetSettings & {
  /** Seconds before each retry; after the last one the delivery is given up. */
  retrySchedule: number[];
  /** An endpoint failing without a single success for this long is disabled. */
  disableAfterMs: number;
  /** How long a claimed delivery stays invisible to other workers; must exceed `timeoutMs`. */
  leaseMs: number;
  /** Whole attempt, from resolving the host to the start of the answer. */
  timeoutMs: number;
  /** Resolving the host and connecting (TLS included): a black hole costs this, not `timeoutMs`. */
  connectTimeoutMs: number;
  /** Attempts in flight at once in one worker. */
  concurrency: number;
  /** Attempts in flight at once for one merchant, across workers: one merchant cannot take every slot. */
  perMerchantConcurrency: number;
  /** Attempts in flight at once to failing endpoints, across workers: healthy endpoints keep the rest. */
  failingConcurrency: number;
  /** Host name resolution (tests inject one). */
  resolver?: Resolver;
};

const settingsSchema = baseEnvSchema.pick({ WEBHOOK_RETRY_SCHEDULE: true, WEBHOOK_DISABLE_AFTER_SECONDS: true });

/** The delivery policy from the settings (WEBHOOK_RETRY_SCHEDULE, WEBHOOK_DISABLE_AFTER_SECONDS, WEBHOOK_ALLOW_PRIVATE_TARGETS, live keys). */
export function deliveryPolicy(overrides: Partial<DeliveryPolicy> = {}): DeliveryPolicy {
  const env = parseEnv(settingsSchema, process.env);
  return {
    ...targetSettings(),
    retrySchedule: env.WEBHOOK_RETRY_SCHEDULE,
    disableAfterMs: env.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
    // Twice the longest attempt: a delivery cut by a crash is sent again within 20 s, never while its attempt may still run.
    leaseMs: 20_000,
    timeoutMs: 10_000,
    connectTimeoutMs: 3000,
    concurrency: 20,
    perMerchantConcurrency: 4,
    failingConcurrency: 10,
    ...overrides,
  };
}

/**
 * Milliseconds until the retry after failed attempt number `attempt` (1-based), with ±20 % jitter so
 * that endpoints recovering together are not hit by every queued retry at once; null once given up.
 */
export function retryDelayMs(attempt: number, schedule: number[], random = Math.random): number | null {
  const seconds = schedule[attempt - 1];
  if (seconds === undefined) return null;
  return Math.round(seconds * 1000 * (0.8 + 0.4 * random()));
}
