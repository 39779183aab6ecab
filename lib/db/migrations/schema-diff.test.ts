import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { SNAPSHOT_FILE } from './migration-files';
import { diffDatamodels } from './schema-diff';

const base = `datasource db {\n  provider = "postgresql"\n}\nmodel Thing {\n  id String @id\n}\n`;

test('diffing two datamodels gives the SQL between them', async () => {
  const sql = await diffDatamodels(base, base.replace('id String @id', 'id String @id\n  size Int @default(0)'));
  assert.match(sql, /ALTER TABLE "Thing" ADD COLUMN\s+"size" INTEGER NOT NULL DEFAULT 0/);
});

test('prisma/schema.prisma has no changes that a migration does not yet cover', async () => {
  const [schema, snapshot] = await Promise.all([
    readFile('prisma/schema.prisma', 'utf8'),
    readFile(SNAPSHOT_FILE, 'utf8'),
  ]);
  const sql = await diffDatamodels(snapshot, schema);
  assert.equal(
    sql.replace(/^--.*$/gm, '').trim(),
    '',
    `schema.prisma changed without a migration; run npm run db:migration -- <name>\n${sql}`,
  );
});
