import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import type { ClaimedDelivery } from './claim-deliveries';
import { retryDelayMs, type DeliveryPolicy } from './delivery-policy';
import type { AttemptOutcome } from './post-webhook';

/**
 * Records one attempt and decides what follows: delivered; retried later per the schedule; or given
 * up. A failure marks the endpoint failing (since its first failure after a success), and an endpoint
 * failing for longer than the policy allows is disabled. A worker whose lease was taken over only
 * records its attempt, except that a success always counts.
 */
export async function settleDelivery(
  db: Db,
  claim: ClaimedDelivery,
  outcome: AttemptOutcome,
  policy: DeliveryPolicy,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: {
        id: newId('wha'),
        deliveryId: claim.id,
        attemptedAt: outcome.sentAt ?? now,
        statusCode: outcome.statusCode,
        latencyMs: outcome.latencyMs,
        responseExcerpt: outcome.responseExcerpt,
        ...(outcome.responseHeaders && { responseHeaders: outcome.responseHeaders }),
        error: outcome.error,
      },
    });
    if (outcome.ok) {
      await tx.webhookDelivery.updateMany({
        where: { id: claim.id, status: 'pending' },
        data: { status: 'succeeded', deliveredAt: now, lockedUntil: null },
      });
      await tx.webhookEndpoint.updateMany({
        where: { id: claim.endpoint_id, failingSince: { not: null } },
        data: { failingSince: null },
      });
      return;
    }
    const delay = retryDelayMs(claim.attempt_count, policy.retrySchedule);
    await tx.webhookDelivery.updateMany({
      where: { id: claim.id, status: 'pending', attemptCount: claim.attempt_count },
      data:
        delay === null
          ? { status: 'failed', lockedUntil: null }
          : { nextAttemptAt: new Date(now.getTime() + delay), lockedUntil: null },
    });
    await tx.webhookEndpoint.updateMany({
      where: { id: claim.endpoint_id, failingSince: null },
      data: { failingSince: now },
    });
    const cutoff = new Date(now.getTime() - policy.disableAfterMs);
    await tx.webhookEndpoint.updateMany({
      where: { id: claim.endpoint_id, enabled: true, failingSince: { lte: cutoff } },
      data: { enabled: false, disabledReason: `every delivery failed for ${formatDuration(policy.disableAfterMs)}` },
    });
  });
}

function formatDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 24) return `${+(hours / 24).toFixed(1)} days`;
  if (hours >= 1) return `${+hours.toFixed(1)} hours`;
  return `${Math.round(ms / 1000)} seconds`;
}
