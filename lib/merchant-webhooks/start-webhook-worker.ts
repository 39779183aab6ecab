import type { Db } from '@/lib/db/create-prisma';
import { errorMessage, logger } from '@/lib/observability/logger';
import { deliverDueWebhooks } from './deliver-webhooks';
import { onDeliveriesQueued } from './deliveries-queued';

const POLL_MS = 2000;

/**
 * Runs the delivery worker in this process: every couple of seconds (retries, other instances'
 * events) and at once when a commit here queued deliveries. Never runs twice at the same time in one
 * process; a kick during a run schedules one more run. Stopping waits for the attempts in flight.
 */
export function startWebhookWorker(db: () => Db): () => Promise<void> {
  let running = false;
  let current: Promise<void> = Promise.resolve();
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    current = (async () => {
      do {
        again = false;
        await deliverDueWebhooks(db()).catch((error: unknown) =>
          logger().error({ job: 'deliver-webhooks', err: errorMessage(error) }, 'job failed'),
        );
      } while (again);
      running = false;
    })();
    await current;
  };
  const timer = setInterval(() => void run(), POLL_MS);
  timer.unref();
  const unsubscribe = onDeliveriesQueued(() => void run());
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await current;
  };
}
