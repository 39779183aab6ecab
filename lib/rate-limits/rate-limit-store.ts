import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { appEnv } from '@/lib/env/app-env';
import { isEmbeddedDatabase } from '@/lib/instances/is-embedded-database';
import { db } from '@/lib/db/db';

type QueryConfig = { text: string; values?: unknown[]; name?: string };
type Store = {
  pool: pg.Pool;
  client: { query(config: QueryConfig): Promise<unknown> };
  limiters: Map<string, RateLimiterPostgres>;
};

const holder = globalThis as typeof globalThis & { tillpointRateLimitStore?: Promise<Store> };

async function openStore(): Promise<Store> {
  // rate-limiter-flexible names its prepared statements. On PGlite every connection shares one backend,
  // where a reconnected client would prepare the same name again ("already exists"): send them unnamed.
  const embedded = await isEmbeddedDatabase(db());
  const pool = new pg.Pool({ connectionString: appEnv().DATABASE_URL, max: embedded ? 2 : 4 });
  pool.on('error', () => {});
  const client = embedded
    ? { query: ({ text, values }: QueryConfig) => pool.query({ text, values }) }
    : { query: (config: QueryConfig) => pool.query(config) };
  return { pool, client, limiters: new Map() };
}

/**
 * The PostgreSQL-backed fixed-window limiter for one named limit: `points` per `durationSeconds`,
 * counted in the `rate_limits` table (created by Tillpoint's migrations) that every instance shares.
 */
export async function sharedWindow(
  name: string,
  points: number,
  durationSeconds: number,
): Promise<RateLimiterPostgres> {
  holder.tillpointRateLimitStore ??= openStore().catch((error: unknown) => {
    holder.tillpointRateLimitStore = undefined;
    throw error;
  });
  const store = await holder.tillpointRateLimitStore;
  const id = `${name}:${points}:${durationSeconds}`;
  let limiter = store.limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: store.client,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points,
      duration: durationSeconds,
    });
    store.limiters.set(id, limiter);
  }
  return limiter;
}

/** Ends the limiter's connections (at shutdown). */
export async function closeRateLimitStore(): Promise<void> {
  const store = await holder.tillpointRateLimitStore?.catch(() => null);
  holder.tillpointRateLimitStore = undefined;
  await store?.pool.end();
}
