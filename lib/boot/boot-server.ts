import { appEnv } from '@/lib/env/app-env';
import { installPeerHeader } from '@/lib/http/socket-peer';
import { startBackgroundJobs } from '@/lib/jobs/start-background-jobs';

/** Validates settings before the first request (a bad or missing one stops the server), then starts the jobs. */
export function bootServer(): void {
  installPeerHeader();
  try {
    appEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  startBackgroundJobs();
}
