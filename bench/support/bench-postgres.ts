import pg from 'pg';
import { randomToken } from '@/lib/ids/new-id';

/** The PostgreSQL a bench may create databases on (a role with CREATEDB). */
export const PG_ADMIN_URL =
  process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://tillpoint_ci:tillpoint_ci@127.0.0.1:5432/tillpoint_ci';

/** How to get one, in one line, for a bench that found none. */
export const PG_HOW_TO =
  'no PostgreSQL for the bench: run `pg_ctlcluster 15 main start && su postgres -c "psql -c \\"CREATE ROLE tillpoint_ci LOGIN CREATEDB PASSWORD \'tillpoint_ci\'\\""` (as .ci/run does), or set BENCH_PG_ADMIN_URL to a role with CREATEDB';

export type BenchDatabase = { url: string; drop(): Promise<void> };

/** A fresh database of its own on PG_ADMIN_URL's server, or null (with PG_HOW_TO) when it cannot have one. */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase | null> {
  const name = `${prefix}_${randomToken(8).toLowerCase()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
