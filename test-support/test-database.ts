import pg from 'pg';
import { randomToken } from '@/lib/ids/new-id';
import { createPrisma, type Db } from '@/lib/db/create-prisma';
import { servePglite } from '@/lib/db/embedded/serve-pglite';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';

export type TestDatabase = { url: string; kind: 'pglite' | 'postgresql'; prisma: Db; close(): Promise<void> };

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by
 * DATABASE_URL when it is set (dropped afterwards), otherwise an in-memory PGlite served over TCP.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let dispose: () => Promise<void>;
  if (serverUrl) {
    const name = `tillpoint_test_${randomToken(10).toLowerCase()}`;
    await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    dispose = () => withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  } else {
    const server = await servePglite(null);
    url = server.url;
    dispose = () => server.close();
  }
  if (options.migrate !== false) await applyMigrations(url);
  const prisma = createPrisma(url, 4);
  return {
    url,
    kind: serverUrl ? 'postgresql' : 'pglite',
    prisma,
    async close() {
      await prisma.$disconnect();
      await dispose();
    },
  };
}

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
