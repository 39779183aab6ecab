import type pg from 'pg';
import type { BucketOptions, TakeResult } from '@/lib/http/rate-limiter';

/** The database's clock in epoch milliseconds: every instance counts on the same clock. */
const NOW_MS = `(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;

/**
 * A token bucket in the `rate_limits` table, shared by every instance, as the generic cell rate
 * algorithm: `tat_ms` holds the key's theoretical arrival time (epoch ms). Each token moves it one
 * emission interval (1000 / perSecond ms) later; a take is allowed while it stays within the burst's
 * worth of intervals of now. Same answers as the in-process bucket (lib/http/rate-limiter.ts), in one
 * atomic upsert; a refused take changes nothing.
 */
export async function takeSharedToken(
  pool: pg.Pool,
  key: string,
  { burst, perSecond }: BucketOptions,
  cost = 1,
): Promise<TakeResult> {
  const interval = Math.ceil((cost * 1000) / perSecond);
  const tolerance = Math.floor((burst * 1000) / perSecond);
  const taken = await pool.query(
    `WITH clock AS (SELECT ${NOW_MS} AS now)
     INSERT INTO rate_limits AS r (key, tat_ms) SELECT $1, clock.now + $2 FROM clock
     ON CONFLICT (key) DO UPDATE SET tat_ms = GREATEST(r.tat_ms, (SELECT now FROM clock)) + $2
      WHERE GREATEST(r.tat_ms, (SELECT now FROM clock)) + $2 - $3 <= (SELECT now FROM clock)
     RETURNING tat_ms`,
    [key, interval, tolerance],
  );
  if (taken.rowCount === 1) return { allowed: true };
  const { rows } = await pool.query<{ wait: string }>(
    `SELECT GREATEST(tat_ms, ${NOW_MS}) + $2 - $3 - ${NOW_MS} AS wait FROM rate_limits WHERE key = $1`,
    [key, interval, tolerance],
  );
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(rows[0]?.wait ?? 1000) / 1000)) };
}

/** Returns `cost` tokens (never above the burst: the arrival time does not go below now). */
export async function returnSharedToken(pool: pg.Pool, key: string, perSecond: number, cost = 1): Promise<void> {
  await pool.query(`UPDATE rate_limits SET tat_ms = GREATEST(tat_ms - $2, ${NOW_MS}) WHERE key = $1`, [
    key,
    Math.ceil((cost * 1000) / perSecond),
  ]);
}

/** Drops the key: its next take starts from a full burst on every instance. */
export async function forgetSharedKey(pool: pg.Pool, key: string): Promise<void> {
  await pool.query('DELETE FROM rate_limits WHERE key = $1', [key]);
}
