import type { Db } from '@/lib/db/create-prisma';
import { errorMessage, logger } from '@/lib/observability/logger';
import { deliveriesInFlight, startDraining } from '@/lib/lifecycle/draining';
import { announceShutdown } from '@/lib/lifecycle/shutdown-signal';

/** What the server must finish before it exits; the whole shutdown stays under 10 s. */
const FINISH_WITHIN_MS = 6_000;
const EXIT_WITHIN_MS = 9_000;

type Stoppable = { stop(): Promise<void> };

/**
 * On SIGTERM: /api/ready turns 503 and workers claim nothing new; status streams end with a `retry:`
 * hint (browsers reconnect through the load balancer to another instance); jobs and webhook attempts
 * in flight get FINISH_WITHIN_MS to end, then the leases of deliveries still in flight are released
 * so another instance retries them at once. `next start` closes its HTTP server on the same signal
 * and then calls process.exit; that exit waits here for the drain (never past EXIT_WITHIN_MS).
 */
export function installGracefulShutdown(db: () => Db, parts: Stoppable[]): void {
  let drained: Promise<void> | null = null;
  const drain = async () => {
    startDraining();
    logger().info({ signal: 'SIGTERM' }, 'draining');
    announceShutdown();
    const finished = Promise.all(parts.map((part) => part.stop().catch(() => undefined)));
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, FINISH_WITHIN_MS))]);
    const leased = [...deliveriesInFlight()];
    if (leased.length > 0) {
      await db()
        .pool.query(
          "UPDATE webhook_deliveries SET locked_until = NULL WHERE id = ANY($1::text[]) AND status = 'pending'",
          [leased],
        )
        .catch((error: unknown) => logger().warn({ err: errorMessage(error) }, 'releasing webhook leases failed'));
    }
    logger().info({ released: leased.length }, 'drained');
  };
  process.once('SIGTERM', () => {
    drained = drain();
    const exit = process.exit.bind(process);
    // next start exits as soon as its HTTP server closed; hold that exit until the drain is done.
    process.exit = ((code?: number) => {
      const cap = new Promise((resolve) => setTimeout(resolve, EXIT_WITHIN_MS).unref());
      void Promise.race([drained, cap]).finally(() => exit(code));
    }) as typeof process.exit;
    setTimeout(() => exit(143), EXIT_WITHIN_MS + 500).unref();
  });
}
