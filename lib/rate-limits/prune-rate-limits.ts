import type { Db } from '@/lib/db/create-prisma';

/** Deletes rate-limit windows that ended over a minute ago (a periodic job). */
export async function pruneRateLimits(db: Db, now = Date.now()): Promise<number> {
  const { rowCount } = await db.pool.query('DELETE FROM rate_limits WHERE expire < $1', [now - 60_000]);
  return rowCount ?? 0;
}
