import type { Db } from '@/lib/db/create-prisma';

export type ClaimedDelivery = { id: string; endpoint_id: string; attempt_count: number };

/**
 * Leases up to `limit` due deliveries for one attempt each. Safe with many workers: rows are locked
 * with FOR UPDATE SKIP LOCKED and hidden behind `locked_until` until the lease ends (so a crashed
 * worker's delivery is retried after it). Keeps per-endpoint order: only an endpoint's oldest pending
 * delivery (by queue time, then event sequence) is ever due, so the next waits for success or give-up.
 * Times are compared as UTC wall-clock values, the way Prisma stores them.
 */
export async function claimDeliveries(db: Db, options: { limit: number; leaseMs: number; now?: Date }): Promise<ClaimedDelivery[]> {
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.leaseMs);
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE webhook_deliveries
       SET locked_until = ${until.toISOString()}::timestamp, attempt_count = attempt_count + 1
     WHERE id IN (
       SELECT d.id
         FROM webhook_deliveries d
         JOIN webhook_endpoints w ON w.id = d.endpoint_id
         JOIN merchant_events e ON e.id = d.event_id
        WHERE d.status = 'pending'
          AND d.next_attempt_at <= ${now.toISOString()}::timestamp
          AND (d.locked_until IS NULL OR d.locked_until <= ${now.toISOString()}::timestamp)
          AND w.enabled AND w.deleted_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM webhook_deliveries p JOIN merchant_events pe ON pe.id = p.event_id
             WHERE p.endpoint_id = d.endpoint_id AND p.status = 'pending'
               AND (p.created_at, pe.sequence) < (d.created_at, e.sequence))
        ORDER BY d.next_attempt_at
        LIMIT ${options.limit}
        FOR UPDATE OF d SKIP LOCKED)
    RETURNING id, endpoint_id, attempt_count`;
}
