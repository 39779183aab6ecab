import type { Db } from '@/lib/db/create-prisma';

const holder = globalThis as typeof globalThis & { tillpointEmbeddedDb?: Promise<boolean> };

/**
 * True when the database is the embedded PGlite (one process, one backend shared by every connection),
 * where session state such as LISTEN or prepared statements is not per connection. PGlite reports a
 * WebAssembly build in `version()`.
 */
export function isEmbeddedDatabase(db: Db): Promise<boolean> {
  holder.tillpointEmbeddedDb ??= db.pool
    .query<{ version: string }>('SELECT version() AS version')
    .then(({ rows }) => /emscripten|wasm/i.test(rows[0]?.version ?? ''))
    .catch((error: unknown) => {
      holder.tillpointEmbeddedDb = undefined;
      throw error;
    });
  return holder.tillpointEmbeddedDb;
}
