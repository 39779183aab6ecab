import { appEnv } from '@/lib/env/app-env';

/** Validates settings before the first request: a bad or missing setting stops the server (fail closed). */
export function bootServer(): void {
  try {
    appEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
