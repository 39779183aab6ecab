import { randomToken } from '../state/ids.js';
import type { AccountState } from '../state/store.js';
import type { DeliveryJob } from './delivery-queue.js';
import type { PostResult } from './post-webhook.js';

const LOG_LIMIT = 5000;

/** Appends one attempt to the account's delivery log (bounded; read through the control API). */
export function recordAttempt(
  account: AccountState,
  job: DeliveryJob,
  url: string,
  result: PostResult,
  durationMs: number,
  nowSeconds: number,
  nextRetryAtMs: number | null,
): void {
  account.deliveries.push({
    id: `wha_${randomToken(20)}`,
    event_id: job.eventId,
    event_type: job.eventType,
    endpoint_id: job.endpointId,
    url,
    attempt: job.attempt,
    copy: job.copy,
    status: result.status,
    error: result.error,
    duration_ms: durationMs,
    created: nowSeconds,
    next_retry_at: nextRetryAtMs === null ? null : Math.floor(nextRetryAtMs / 1000),
  });
  if (account.deliveries.length > LOG_LIMIT) account.deliveries.splice(0, account.deliveries.length - LOG_LIMIT);
}
