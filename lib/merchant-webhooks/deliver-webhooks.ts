import type { Db } from '@/lib/db/create-prisma';
import { deliveriesInFlight, isDraining } from '@/lib/lifecycle/draining';
import { errorMessage, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { claimDeliveries, type ClaimedDelivery } from './claim-deliveries';
import { onDeliveriesQueued } from './deliveries-queued';
import { deliveryPolicy, type DeliveryPolicy } from './delivery-policy';
import { decryptSecret } from './encrypt-secret';
import { postWebhook, type AttemptOutcome } from './post-webhook';
import { eventPayload } from '@/lib/objects/serialize-webhooks';
import { settleDelivery } from './settle-delivery';
import { signPayload } from './sign-payload';

/** While attempts are in flight, due deliveries are looked for at least this often (others' events, retries). */
const BUSY_POLL_MS = 500;

/**
 * Sends every due webhook delivery until none is due and none is in flight; returns the attempts
 * made. Up to `concurrency` attempts run at once and a free slot is refilled at once, so a slow
 * endpoint holds one slot, not a batch. Safe to run in several processes at once (see
 * claimDeliveries): delivery is at least once, and a delivery whose worker died mid-request is
 * retried when its lease ends.
 */
export async function deliverDueWebhooks(db: Db, overrides: Partial<DeliveryPolicy> = {}): Promise<number> {
  const policy = deliveryPolicy(overrides);
  const inFlight = new Map<Promise<void>, string>();
  let attempts = 0;
  for (;;) {
    const free = isDraining() ? 0 : policy.concurrency - inFlight.size;
    const claimed =
      free > 0
        ? await claimDeliveries(db, {
            limit: free,
            leaseMs: policy.leaseMs,
            perMerchant: policy.perMerchantConcurrency,
            failing: policy.failingConcurrency,
            inFlight: [...inFlight.values()],
          })
        : [];
    for (const claim of claimed) {
      const task: Promise<void> = attemptAndSettle(db, claim, policy).finally(() => {
        inFlight.delete(task);
        deliveriesInFlight().delete(claim.id);
      });
      inFlight.set(task, claim.id);
      deliveriesInFlight().add(claim.id);
    }
    attempts += claimed.length;
    if (inFlight.size === 0) return attempts;
    const wake = nextWake();
    await Promise.race([...inFlight.keys(), wake.promise]);
    wake.cancel();
  }
}

async function attemptAndSettle(db: Db, claim: ClaimedDelivery, policy: DeliveryPolicy): Promise<void> {
  const outcome = await attemptDelivery(db, claim, policy).catch((error: unknown) =>
    failedOutcome(error instanceof Error ? error.message : String(error)),
  );
  metrics().merchantWebhookDeliveries.inc({ outcome: outcome.ok ? 'succeeded' : 'failed_attempt' });
  await settleDelivery(db, claim, outcome, policy).catch((error: unknown) =>
    logger().error({ deliveryId: claim.id, err: errorMessage(error) }, 'recording a webhook attempt failed'),
  );
}

async function attemptDelivery(db: Db, claim: ClaimedDelivery, policy: DeliveryPolicy): Promise<AttemptOutcome> {
  const delivery = await db.webhookDelivery.findUniqueOrThrow({
    where: { id: claim.id },
    include: { event: true, endpoint: true },
  });
  let secret: string;
  try {
    secret = decryptSecret(delivery.endpoint.secretEncrypted);
  } catch {
    return failedOutcome('signing secret unreadable (is TILLPOINT_ENCRYPTION_KEY the one it was stored with?)');
  }
  const payload = eventPayload(delivery.event);
  const sentAt = new Date();
  const outcome = await postWebhook(
    delivery.endpoint.url,
    payload,
    signPayload(secret, delivery.event.id, payload, sentAt),
    policy,
  );
  return { ...outcome, sentAt };
}

function failedOutcome(error: string): AttemptOutcome {
  return { ok: false, statusCode: null, latencyMs: 0, responseExcerpt: null, responseHeaders: null, error };
}

/** Resolves when deliveries were queued in this process, or after BUSY_POLL_MS. */
function nextWake(): { promise: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, BUSY_POLL_MS);
    const unsubscribe = onDeliveriesQueued(() => resolve());
    cancel = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
  void promise.then(cancel);
  return { promise, cancel };
}
