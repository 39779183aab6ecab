import { baseEnvSchema } from '@/lib/env/env-schema';
import { parseEnv } from '@/lib/env/parse-env';

export type DeliveryPolicy = {
  /** Seconds before each retry; after the last one the delivery is given up. */
  retrySchedule: number[];
  /** An endpoint failing without a single success for this long is disabled. */
  disableAfterMs: number;
  /** How long a claimed delivery stays invisible to other workers; must exceed `timeoutMs`. */
  leaseMs: number;
  timeoutMs: number;
  batchSize: number;
};

const settingsSchema = baseEnvSchema.pick({ WEBHOOK_RETRY_SCHEDULE: true, WEBHOOK_DISABLE_AFTER_SECONDS: true });

/** The delivery policy from the settings (WEBHOOK_RETRY_SCHEDULE, WEBHOOK_DISABLE_AFTER_SECONDS). */
export function deliveryPolicy(overrides: Partial<DeliveryPolicy> = {}): DeliveryPolicy {
  const env = parseEnv(settingsSchema, process.env);
  return {
    retrySchedule: env.WEBHOOK_RETRY_SCHEDULE,
    disableAfterMs: env.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
    leaseMs: 60_000,
    timeoutMs: 10_000,
    batchSize: 20,
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
