import type { Db } from '@/lib/db/create-prisma';

/** A run that has not finished after this long is taken to have died with its instance. */
const STALE_RUN_SECONDS = 300;

/**
 * Claims this interval's run of `name` for `owner`: true for exactly one caller among every instance
 * on the database, and only once `intervalSeconds` have passed since the last run started (by the
 * database's clock, so instances' clocks need not agree) and that run finished (or went stale).
 * One atomic upsert on the job's row; no lock is held while the job runs.
 */
export async function claimJobRun(db: Db, name: string, owner: string, intervalSeconds: number): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    `INSERT INTO job_runs (name, started_at, owner) VALUES ($1, now() AT TIME ZONE 'UTC', $2)
     ON CONFLICT (name) DO UPDATE
        SET started_at = EXCLUDED.started_at, finished_at = NULL, owner = EXCLUDED.owner, last_error = NULL
      WHERE job_runs.started_at <= EXCLUDED.started_at - make_interval(secs => $3)
        AND (job_runs.finished_at IS NOT NULL OR job_runs.started_at <= EXCLUDED.started_at - make_interval(secs => $4))`,
    [name, owner, intervalSeconds, STALE_RUN_SECONDS],
  );
  return rowCount === 1;
}

/** Records the end of a claimed run (and its error, for /api/ready). */
export async function finishJobRun(db: Db, name: string, owner: string, error: string | null): Promise<void> {
  await db.pool.query(
    `UPDATE job_runs SET finished_at = now() AT TIME ZONE 'UTC', last_error = $3 WHERE name = $1 AND owner = $2`,
    [name, owner, error?.slice(0, 500) ?? null],
  );
}
