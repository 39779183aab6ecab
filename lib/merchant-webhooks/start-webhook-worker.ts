import type { Db } from '@/lib/db/create-prisma';
import { deliverDueWebhooks } from './deliver-webhooks';
import { onDeliveriesQueued } from './deliveries-queued';

const POLL_MS = 2000;

/**
 * Runs the delivery worker in this process: every couple of seconds (retries, other instances'
 * events) and at once when a commit here queued deliveries. Never runs twice at the same time in one
 * process; a kick during a run schedules one more run.
 */
export function startWebhookWorker(db: () => Db): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await deliverDueWebhooks(db()).catch((error: unknown) =>
        console.error('[jobs] deliver-webhooks failed:', error instanceof Error ? error.message : error),
      );
    } while (again);
    running = false;
  };
  const timer = setInterval(() => void run(), POLL_MS);
  timer.unref();
  const unsubscribe = onDeliveriesQueued(() => void run());
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
