import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { startBackgroundJobs } from '@/lib/jobs/start-background-jobs';
import { errorMessage, logger } from '@/lib/observability/logger';
import { installGracefulShutdown } from './graceful-shutdown';
import { isEmbeddedDatabase } from './is-embedded-database';
import { startPaymentNotifyRelay, type PaymentNotifyRelay } from './payment-notify-relay';

const holder = globalThis as typeof globalThis & { tillpointInstance?: boolean };

/**
 * Starts what makes this process one instance among several on the database: the background jobs,
 * the cross-instance payment push (PostgreSQL only; the embedded PGlite serves one instance, where
 * in-process delivery is all there is) and the SIGTERM drain.
 */
export function startInstance(): void {
  if (holder.tillpointInstance) return;
  holder.tillpointInstance = true;
  const jobs = startBackgroundJobs();
  let relay: PaymentNotifyRelay | null = null;
  installGracefulShutdown(db, [jobs, { stop: async () => relay?.stop() }]);
  const startPush = (attempt: number): void =>
    void isEmbeddedDatabase(db())
      .then((embedded) => {
        if (!embedded) relay = startPaymentNotifyRelay(db(), appEnv().DATABASE_URL);
        logger().info({ push: embedded ? 'in-process' : 'notify' }, 'instance started');
      })
      .catch((error: unknown) => {
        logger().warn({ err: errorMessage(error) }, 'database not answering yet; cross-instance push waits');
        setTimeout(() => startPush(attempt + 1), Math.min(30_000, 500 * 2 ** attempt)).unref();
      });
  startPush(0);
}
