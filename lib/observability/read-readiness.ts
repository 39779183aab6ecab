import type { Db } from '@/lib/db/create-prisma';
import { readMigrationFiles } from '@/lib/db/migrations/migration-files';
import { isDraining } from '@/lib/lifecycle/draining';
import { instanceId } from '@/lib/lifecycle/instance-id';
import { stripeHealth, type StripeHealth } from '@/lib/stripe/stripe-health';

export type Readiness = {
  ready: boolean;
  instance: string;
  reasons: string[];
  migrations: { expected: number; applied: number } | null;
  webhook_backlog: { pending: number; oldest_age_seconds: number | null } | null;
  reconciler_lag_seconds: number | null;
  stripe: StripeHealth;
};

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database timeout')), ms).unref());

/**
 * Whether this instance should get traffic (the database answers, every migration is applied, no
 * SIGTERM yet) and what an operator watches: the merchant-webhook backlog and its oldest age, the
 * seconds since the payment reconciler last finished, the Stripe connection's last error.
 */
export async function readReadiness(db: Db): Promise<Readiness> {
  const reasons: string[] = [];
  if (isDraining()) reasons.push('shutting down');
  const read = async () => {
    const expected = (await readMigrationFiles()).map((file) => file.name);
    const applied = await db.pool.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const backlog = await db.pool.query<{ pending: string; age: number | null }>(
      `SELECT count(*) AS pending,
              extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(created_at))::float8 AS age
         FROM webhook_deliveries WHERE status = 'pending'`,
    );
    const reconciler = await db.pool.query<{ lag: number }>(
      `SELECT extract(epoch FROM (now() AT TIME ZONE 'UTC') - finished_at)::float8 AS lag
         FROM job_runs WHERE name = 'reconcile-payments' AND finished_at IS NOT NULL`,
    );
    const appliedNames = new Set(applied.rows.map((row) => row.name));
    return {
      migrations: { expected: expected.length, applied: expected.filter((name) => appliedNames.has(name)).length },
      backlog: { pending: Number(backlog.rows[0]?.pending ?? 0), oldest_age_seconds: backlog.rows[0]?.age ?? null },
      lag: reconciler.rows[0]?.lag ?? null,
    };
  };
  const result = await Promise.race([read(), timeout(2000)]).catch((error: unknown) => {
    reasons.push(`database: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (result && result.migrations.applied < result.migrations.expected) reasons.push('migrations not applied');
  return {
    ready: reasons.length === 0,
    instance: instanceId(),
    reasons,
    migrations: result?.migrations ?? null,
    webhook_backlog: result?.backlog ?? null,
    reconciler_lag_seconds: result?.lag === null || result?.lag === undefined ? null : Math.round(result.lag * 10) / 10,
    stripe: stripeHealth(),
  };
}
