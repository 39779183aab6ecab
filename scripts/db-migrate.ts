// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite database.
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { runCommand } from './run-command';

await runCommand(async () => {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url);
    const where = database.embedded ? 'the embedded PGlite database' : 'DATABASE_URL';
    console.log(applied.length ? `Applied ${applied.join(', ')} to ${where}.` : `No pending migrations for ${where}.`);
  } finally {
    await database.close();
  }
});
