import { expireSessions } from '@/lib/checkout/expire-sessions';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { reconcilePayments } from '@/lib/payments/reconcile-payments';

type Job = { name: string; run: () => Promise<unknown> };

const holder = globalThis as typeof globalThis & { tillpointJobs?: NodeJS.Timeout };

/**
 * Runs the periodic jobs in the web server process: the reconciler and session expiry. Both are
 * idempotent and converge through the payment state machine, so several instances may run them.
 */
export function startBackgroundJobs(): void {
  if (holder.tillpointJobs) return;
  const env = appEnv();
  const jobs: Job[] = [
    { name: 'reconcile-payments', run: () => reconcilePayments(db(), { olderThanMs: env.RECONCILE_AFTER_SECONDS * 1000 }) },
    { name: 'expire-sessions', run: () => expireSessions(db()) },
  ];
  let running = false;
  holder.tillpointJobs = setInterval(async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      await job.run().catch((error: unknown) => console.error(`[jobs] ${job.name} failed:`, error instanceof Error ? error.message : error));
    }
    running = false;
  }, env.JOBS_INTERVAL_SECONDS * 1000);
  holder.tillpointJobs.unref();
}
