import type { Db } from '@/lib/db/create-prisma';

/** Deletes buckets that have been full for over a minute (a periodic job): a missing key is a full bucket. */
export async function pruneRateLimits(db: Db): Promise<number> {
  const { rowCount } = await db.pool.query(
    'DELETE FROM rate_limits WHERE tat_ms < (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 60000',
  );
  return rowCount ?? 0;
}
