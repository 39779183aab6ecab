import type { Db } from '@/lib/db/create-prisma';

export type ClaimedDelivery = { id: string; endpoint_id: string; attempt_count: number };

export type ClaimOptions = {
  limit: number;
  leaseMs: number;
  /** Leases one merchant may hold at once (those of every worker count). */
  perMerchant: number;
  /** Leases on failing endpoints (failing_since set) that may be held at once. */
  failing: number;
  /** Deliveries this worker is attempting now: never claimed again while in flight, even past their lease. */
  inFlight?: string[];
  now?: Date;
};

/**
 * Leases up to `limit` due deliveries for one attempt each. Safe with many workers: rows are locked
 * with FOR UPDATE SKIP LOCKED and hidden behind `locked_until` until the lease ends (so a crashed
 * worker's delivery is retried after it). Keeps per-endpoint order: only an endpoint's oldest pending
 * delivery (by queue time, then event sequence) is ever due, so the next waits for success or give-up.
 * Fair between merchants: each merchant's next delivery takes its turn round-robin, a merchant never
 * holds more than `perMerchant` leases, healthy endpoints go before failing ones, and failing
 * endpoints together hold at most `failing` leases. Times are compared as UTC wall-clock values, the
 * way Prisma stores them.
 */
export async function claimDeliveries(db: Db, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  const now = (options.now ?? new Date()).toISOString();
  const until = new Date(Date.parse(now) + options.leaseMs).toISOString();
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT d.id, d.next_attempt_at, w.merchant_id, w.failing_since IS NOT NULL AS failing
        FROM webhook_deliveries d
        JOIN webhook_endpoints w ON w.id = d.endpoint_id
        JOIN merchant_events e ON e.id = d.event_id
       WHERE d.status = 'pending'
         AND d.next_attempt_at <= ${now}::timestamp
         AND (d.locked_until IS NULL OR d.locked_until <= ${now}::timestamp)
         AND w.enabled AND w.deleted_at IS NULL
         AND d.id <> ALL(${options.inFlight ?? []}::text[])
         AND NOT EXISTS (
           SELECT 1 FROM webhook_deliveries p JOIN merchant_events pe ON pe.id = p.event_id
            WHERE p.endpoint_id = d.endpoint_id AND p.status = 'pending'
              AND (p.created_at, pe.sequence) < (d.created_at, e.sequence))
    ), leased AS (
      SELECT w.merchant_id, w.failing_since IS NOT NULL AS failing
        FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
       WHERE d.status = 'pending' AND d.locked_until > ${now}::timestamp
    ), turns AS (
      SELECT due.*, row_number() OVER (PARTITION BY due.merchant_id ORDER BY due.failing, due.next_attempt_at)
               + (SELECT count(*) FROM leased WHERE leased.merchant_id = due.merchant_id) AS turn
        FROM due
    ), lanes AS (
      SELECT turns.*, row_number() OVER (PARTITION BY turns.failing ORDER BY turns.turn, turns.next_attempt_at) AS lane_turn
        FROM turns
       WHERE turn <= ${options.perMerchant}
    ), chosen AS (
      SELECT id FROM lanes
       WHERE NOT failing OR lane_turn + (SELECT count(*) FROM leased WHERE leased.failing) <= ${options.failing}
       ORDER BY turn, failing, next_attempt_at
       LIMIT ${options.limit}
    )
    UPDATE webhook_deliveries
       SET locked_until = ${until}::timestamp, attempt_count = attempt_count + 1
     WHERE id IN (
       SELECT d.id FROM webhook_deliveries d
        WHERE d.id IN (SELECT id FROM chosen)
          AND d.status = 'pending'
          AND (d.locked_until IS NULL OR d.locked_until <= ${now}::timestamp)
        FOR UPDATE SKIP LOCKED)
    RETURNING id, endpoint_id, attempt_count`;
}
