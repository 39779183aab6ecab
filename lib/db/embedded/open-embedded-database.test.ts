import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { openEmbeddedDatabase } from './open-embedded-database';

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'tillpoint-embedded-')), 'data');
const database = await openEmbeddedDatabase(dataDir, 0);
after(async () => {
  await database.close();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

async function connect(password: string | null) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: database.port,
    user: 'postgres',
    database: 'postgres',
    ...(password !== null && { password }),
  });
  try {
    await client.connect();
    return (await client.query<{ answer: number }>('SELECT 41 + 1 AS answer')).rows[0]!.answer;
  } finally {
    await client.end().catch(() => {});
  }
}

test('the embedded server answers only with the password generated into the data folder', async () => {
  const password = readFileSync(path.join(dataDir, 'pglite-password'), 'utf8').trim();
  assert.ok(password.length >= 32);
  assert.ok(database.url.includes(encodeURIComponent(password)));
  assert.equal(await connect(password), 42);
  await assert.rejects(connect('postgres'), (error: { code?: string }) => error.code === '28P01');
  await assert.rejects(connect(''), (error: { code?: string }) => error.code === '28P01' || error instanceof Error);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  assert.equal((await client.query('SELECT 1 AS one')).rows[0].one, 1);
  await client.end();
});

test('the data folder and every database file are private to the owner (0700 folders, 0600 files)', () => {
  const modes: string[] = [];
  const walk = (target: string) => {
    const stat = statSync(target);
    modes.push(`${stat.isDirectory() ? 'd' : 'f'}${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(target)) walk(path.join(target, name));
  };
  walk(path.join(dataDir, 'pglite'));
  assert.ok(modes.length > 100, 'PGlite wrote its files');
  assert.deepEqual([...new Set(modes)].sort(), ['d700', 'f600']);
  assert.equal(statSync(dataDir).mode & 0o777, 0o700);
  assert.equal(statSync(path.join(dataDir, 'pglite-password')).mode & 0o777, 0o600);
  assert.equal(statSync(path.join(dataDir, 'pglite-server.json')).mode & 0o777, 0o600);
});
