import { ConfigError } from '@/lib/env/parse-env';
import { MigrationError } from '@/lib/db/migrations/apply-migrations';

export class UsageError extends Error {}

/** Runs a command-line entry point: expected failures print one line and exit 1, never a stack trace. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof UsageError ||
      error instanceof MigrationError ||
      isArgumentError(error)
    ) {
      console.error((error as Error).message);
    } else if (isConnectionError(error)) {
      console.error(`Cannot reach the database: ${String((error as Error).message)}. Check DATABASE_URL.`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '28P01', '3D000', '28000'].includes(code ?? '');
}

function isArgumentError(error: unknown): boolean {
  return String((error as { code?: string } | null)?.code ?? '').startsWith('ERR_PARSE_ARGS');
}
