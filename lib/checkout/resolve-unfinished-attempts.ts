import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import { ATTEMPT_IN_FLIGHT_MS } from './claim-payment-attempt';
import { resolveAttempt } from './resolve-attempt';

/**
 * Attempts that never finished (the answer was lost, or the server was killed mid-call) and are older than
 * the in-flight window: what Stripe did is read back and the payment converges to it, so a charge Stripe
 * made behind a lost answer is known without waiting for the customer. Returns how many were resolved.
 */
export async function resolveUnfinishedAttempts(db: Db, { limit = 50 }: { limit?: number } = {}): Promise<number> {
  const stale = await db.paymentAttempt.findMany({
    where: { finishedAt: null, createdAt: { lt: new Date(Date.now() - ATTEMPT_IN_FLIGHT_MS) } },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true, paymentId: true },
  });
  let resolved = 0;
  for (const attempt of stale) {
    try {
      if (await resolveAttempt(db, attempt.paymentId, attempt.id, { kind: 'reconciler', name: 'resolve-attempt' }))
        resolved++;
    } catch (error) {
      logger().error({ attemptId: attempt.id, err: describeStripeError(error) }, 'resolving attempt failed');
    }
  }
  return resolved;
}
