import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { applyMigrations, MigrationError } from './apply-migrations';
import type { MigrationFile } from './migration-files';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase({ migrate: false });
});
after(() => database.close());

const migration = (name: string, sql: string): MigrationFile => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});
const first = migration('20260101000000_first', 'CREATE TABLE widgets (id int PRIMARY KEY);');
const second = migration('20260102000000_second', 'ALTER TABLE widgets ADD COLUMN name text;');
const broken = migration('20260103000000_broken', 'CREATE TABLE gadgets (id int); SELECT no_such_function();');

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

test('applies pending migrations in order and records each one as prisma migrate does', async () => {
  assert.deepEqual(await applyMigrations(database.url, [first, second]), [first.name, second.name]);
  const rows = await query<{ migration_name: string; checksum: string }>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
  );
  assert.deepEqual(rows, [
    { migration_name: first.name, checksum: first.checksum },
    { migration_name: second.name, checksum: second.checksum },
  ]);
  await query("INSERT INTO widgets (id, name) VALUES (1, 'w')");
});

test('a second run applies nothing', async () => {
  assert.deepEqual(await applyMigrations(database.url, [first, second]), []);
});

test('a failing migration is rolled back whole and not recorded', async () => {
  await assert.rejects(applyMigrations(database.url, [first, second, broken]), (error: Error) => {
    assert.ok(error instanceof MigrationError);
    assert.match(error.message, /20260103000000_broken failed and was rolled back/);
    return true;
  });
  assert.equal((await query("SELECT to_regclass('gadgets') AS t"))[0]!.t, null);
  assert.equal((await query<{ n: string }>('SELECT count(*) AS n FROM "_prisma_migrations"'))[0]!.n, '2');
});

test('refuses to run when an applied migration was edited afterwards', async () => {
  const edited = migration(first.name, 'CREATE TABLE widgets (id bigint PRIMARY KEY);');
  await assert.rejects(applyMigrations(database.url, [edited, second]), /was changed after it was applied/);
});

test('the project migrations apply cleanly to an empty database', async () => {
  const fresh = await createTestDatabase({ migrate: false });
  try {
    const applied = await applyMigrations(fresh.url);
    assert.ok(applied.length >= 1);
    assert.equal(await fresh.prisma.merchant.count(), 0);
  } finally {
    await fresh.close();
  }
});
