import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { servePglite, type EmbeddedServer } from './serve-pglite';

let server: EmbeddedServer;
let pools: pg.Pool[];

before(async () => {
  server = await servePglite(null);
  pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: server.url, max: 4 }));
  await pools[0]!.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
});
after(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await server.close();
});

test("parameterised queries from many connections never pick up each other's statements", async () => {
  const results = await Promise.all(
    Array.from({ length: 300 }, (_, i) =>
      pools[i % 3]!.query<{ n: number; label: string }>('SELECT $1::int AS n, $2::text AS label', [i, `label-${i}`]),
    ),
  );
  results.forEach((result, i) => assert.deepEqual(result.rows[0], { n: i, label: `label-${i}` }));
});

test('a transaction is isolated from statements of other connections until it commits', async () => {
  const writer = await pools[0]!.connect();
  try {
    await writer.query('BEGIN');
    await writer.query('INSERT INTO items VALUES (1, $1)', ['uncommitted']);
    // Another connection's query must wait for the transaction instead of running inside it.
    const reading = pools[1]!.query<{ count: string }>('SELECT count(*) FROM items');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.query('ROLLBACK');
    assert.equal((await reading).rows[0]!.count, '0');
  } finally {
    writer.release();
  }
});

test('concurrent read-modify-write transactions serialise', async () => {
  await pools[0]!.query('INSERT INTO items VALUES (100, $1)', ['0']);
  await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const client = await pools[i % 3]!.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ label: string }>('SELECT label FROM items WHERE id = 100');
        await client.query('UPDATE items SET label = $1 WHERE id = 100', [String(Number(rows[0]!.label) + 1)]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }),
  );
  const { rows } = await pools[2]!.query<{ label: string }>('SELECT label FROM items WHERE id = 100');
  assert.equal(rows[0]!.label, '40');
});

test('a client that disconnects mid-transaction has its work rolled back and frees the database', async () => {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('INSERT INTO items VALUES (2, $1)', ['abandoned']);
  await client.end();
  const { rows } = await pools[0]!.query('SELECT * FROM items WHERE id = 2');
  assert.equal(rows.length, 0);
});
