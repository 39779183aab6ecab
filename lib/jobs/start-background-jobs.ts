import { pruneUserSessions } from '@/lib/auth/user-sessions';
import { confirmAuthenticatedPayments } from '@/lib/checkout/confirm-authenticated-payments';
import { expireSessions } from '@/lib/sessions/expire-sessions';
import { resolveUnfinishedAttempts } from '@/lib/checkout/resolve-unfinished-attempts';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { pruneIdempotencyKeys } from '@/lib/merchant-api/idempotency-store';
import { reconcilePayments } from '@/lib/payments/reconcile-payments';
import { reconcileRefunds } from '@/lib/payments/reconcile-refunds';
import { startWebhookWorker } from '@/lib/merchant-webhooks/start-webhook-worker';

type Job = { name: string; run: () => Promise<unknown> };

const holder = globalThis as typeof globalThis & { tillpointJobs?: NodeJS.Timeout };

/**
 * Runs the periodic jobs in the web server process: resolving attempts whose answer was lost, the server
 * re-confirm of payments authenticated in 3DS, the payment and refund reconcilers, and session expiry. All
 * are idempotent and converge through the payment state machine, so several instances may run them.
 * Merchant webhooks have their own worker (lib/merchant-webhooks), which is safe on several instances too.
 */
export function startBackgroundJobs(): void {
  if (holder.tillpointJobs) return;
  const env = appEnv();
  const olderThanMs = env.RECONCILE_AFTER_SECONDS * 1000;
  const jobs: Job[] = [
    { name: 'resolve-unfinished-attempts', run: () => resolveUnfinishedAttempts(db()) },
    {
      name: 'confirm-authenticated-payments',
      run: () => confirmAuthenticatedPayments(db(), env.TILLPOINT_PUBLIC_URL, { olderThanMs }),
    },
    { name: 'reconcile-payments', run: () => reconcilePayments(db(), { olderThanMs }) },
    { name: 'reconcile-refunds', run: () => reconcileRefunds(db(), { olderThanMs }) },
    { name: 'expire-sessions', run: () => expireSessions(db()) },
    { name: 'prune-idempotency-keys', run: () => pruneIdempotencyKeys(db()) },
    { name: 'prune-user-sessions', run: () => pruneUserSessions(db()) },
  ];
  let running = false;
  holder.tillpointJobs = setInterval(async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      await job
        .run()
        .catch((error: unknown) =>
          console.error(`[jobs] ${job.name} failed:`, error instanceof Error ? error.message : error),
        );
    }
    running = false;
  }, env.JOBS_INTERVAL_SECONDS * 1000);
  holder.tillpointJobs.unref();
  startWebhookWorker(db);
}
