// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql by diffing
// prisma/schema.prisma against the datamodel the existing migrations produce (the snapshot file).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR, SNAPSHOT_FILE } from '@/lib/db/migrations/migration-files';
import { diffDatamodels } from '@/lib/db/migrations/schema-diff';
import { runCommand, UsageError } from './run-command';

await runCommand(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new UsageError('usage: npm run db:migration -- <name>   (lowercase letters, digits and _)');
  }
  const schema = await readFile('prisma/schema.prisma', 'utf8');
  const previous = existsSync(SNAPSHOT_FILE) ? await readFile(SNAPSHOT_FILE, 'utf8') : null;
  const sql = await diffDatamodels(previous, schema);
  if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    console.log('The schema has not changed since the last migration: nothing to write.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(SNAPSHOT_FILE, schema);
  const lockFile = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  if (!existsSync(lockFile)) await writeFile(lockFile, 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Apply it with: npm run db:migrate`);
});
