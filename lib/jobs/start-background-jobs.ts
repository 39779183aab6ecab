import { pruneUserSessions } from '@/lib/auth/user-sessions';
import { confirmAuthenticatedPayments } from '@/lib/checkout/confirm-authenticated-payments';
import { expireSessions } from '@/lib/sessions/expire-sessions';
import { resolveUnfinishedAttempts } from '@/lib/checkout/resolve-unfinished-attempts';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { instanceId } from '@/lib/lifecycle/instance-id';
import { pruneIdempotencyKeys } from '@/lib/merchant-api/idempotency-store';
import { errorMessage, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { reconcilePayments } from '@/lib/payments/reconcile-payments';
import { reconcileRefunds } from '@/lib/payments/reconcile-refunds';
import { pruneRateLimits } from '@/lib/rate-limits/prune-rate-limits';
import { startWebhookWorker } from '@/lib/merchant-webhooks/start-webhook-worker';
import { claimJobRun, finishJobRun } from './claim-job-run';

type Job = { name: string; run: () => Promise<unknown> };

export type BackgroundJobs = { stop(): Promise<void> };

const holder = globalThis as typeof globalThis & { tillpointJobs?: BackgroundJobs };

const countCorrections = (job: string) => (count: number) => {
  if (count > 0) metrics().reconcilerCorrections.inc({ job }, count);
};

/**
 * Runs the periodic jobs: resolving attempts whose answer was lost, the server re-confirm of payments
 * authenticated in 3DS, the payment and refund reconcilers, session expiry and pruning. Every instance
 * ticks, but each job runs once per JOBS_INTERVAL_SECONDS across all of them: a run starts only after
 * its claim on the job's row (lib/jobs/claim-job-run.ts). Merchant webhooks have their own worker
 * (lib/merchant-webhooks), which every instance runs: it leases rows with SKIP LOCKED and keeps per-endpoint order.
 */
export function startBackgroundJobs(): BackgroundJobs {
  if (holder.tillpointJobs) return holder.tillpointJobs;
  const env = appEnv();
  const olderThanMs = env.RECONCILE_AFTER_SECONDS * 1000;
  const owner = instanceId();
  const jobs: Job[] = [
    { name: 'resolve-unfinished-attempts', run: () => resolveUnfinishedAttempts(db()) },
    {
      name: 'confirm-authenticated-payments',
      run: () => confirmAuthenticatedPayments(db(), env.TILLPOINT_PUBLIC_URL, { olderThanMs }),
    },
    {
      name: 'reconcile-payments',
      run: () => reconcilePayments(db(), { olderThanMs }).then(countCorrections('reconcile-payments')),
    },
    {
      name: 'reconcile-refunds',
      run: () => reconcileRefunds(db(), { olderThanMs }).then(countCorrections('reconcile-refunds')),
    },
    { name: 'expire-sessions', run: () => expireSessions(db()) },
    { name: 'prune-idempotency-keys', run: () => pruneIdempotencyKeys(db()) },
    { name: 'prune-user-sessions', run: () => pruneUserSessions(db()) },
    { name: 'prune-rate-limits', run: () => pruneRateLimits(db()) },
  ];
  let running: Promise<void> | null = null;
  const tick = async () => {
    for (const job of jobs) {
      if (stopped) return;
      const claimed = await claimJobRun(db(), job.name, owner, env.JOBS_INTERVAL_SECONDS).catch((error: unknown) => {
        logger().warn({ job: job.name, err: errorMessage(error) }, 'job claim failed');
        return false;
      });
      if (!claimed) continue;
      const failure = await job.run().then(
        () => null,
        (error: unknown) => errorMessage(error),
      );
      if (failure) logger().error({ job: job.name, err: failure }, 'job failed');
      else logger().debug({ job: job.name }, 'job ran');
      await finishJobRun(db(), job.name, owner, failure).catch(() => undefined);
    }
  };
  let stopped = false;
  // Ticks four times per interval, so the run after a claim by another instance starts at most a
  // quarter interval late; the claim keeps it to one run per interval.
  const timer = setInterval(
    () => {
      if (running || stopped) return;
      running = tick().finally(() => (running = null));
    },
    Math.max(250, (env.JOBS_INTERVAL_SECONDS * 1000) / 4),
  );
  timer.unref();
  const stopWebhooks = startWebhookWorker(db);
  holder.tillpointJobs = {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all([running, stopWebhooks()]);
    },
  };
  return holder.tillpointJobs;
}
