import { appEnv } from '@/lib/env/app-env';
import { installPeerHeader } from '@/lib/http/socket-peer';
import { installHttpObserver } from '@/lib/observability/install-http-observer';
import { startInstance } from '@/lib/instances/start-instance';

/** Validates settings before the first request (a bad or missing one stops the server), then starts the instance (jobs, cross-instance push, SIGTERM drain). */
export function bootServer(): void {
  installPeerHeader();
  installHttpObserver();
  try {
    appEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  startInstance();
}
