import { baseEnvSchema } from '@/lib/env/env-schema';
import { parseEnv } from '@/lib/env/parse-env';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded/open-embedded-database';

export type ResolvedDatabase = { url: string; embedded: boolean; close(): Promise<void> };

/**
 * The database a command-line process should use: `DATABASE_URL` when set, otherwise the embedded
 * PGlite database under TILLPOINT_DATA_DIR (reusing the running server, or opening it here).
 */
export async function resolveDatabase(
  env: Record<string, string | undefined> = process.env,
): Promise<ResolvedDatabase> {
  const config = parseEnv(baseEnvSchema, env);
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, close: async () => {} };
  const embedded: EmbeddedDatabase = await openEmbeddedDatabase(config.TILLPOINT_DATA_DIR, config.EMBEDDED_DB_PORT);
  return { url: embedded.url, embedded: true, close: () => embedded.close() };
}
