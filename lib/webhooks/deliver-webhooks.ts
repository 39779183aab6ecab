import type { Db } from '@/lib/db/create-prisma';
import { claimDeliveries, type ClaimedDelivery } from './claim-deliveries';
import { deliveryPolicy, type DeliveryPolicy } from './delivery-policy';
import { decryptSecret } from './encrypt-secret';
import { postWebhook, type AttemptOutcome } from './post-webhook';
import { eventPayload } from './serialize-webhooks';
import { settleDelivery } from './settle-delivery';
import { signPayload } from './sign-payload';

/**
 * Sends every due webhook delivery, batch after batch, until none is due; returns the attempts made.
 * Safe to run in several processes at once (see claimDeliveries): delivery is at least once, and a
 * delivery whose worker died mid-request is retried when its lease ends.
 */
export async function deliverDueWebhooks(db: Db, overrides: Partial<DeliveryPolicy> = {}): Promise<number> {
  const policy = deliveryPolicy(overrides);
  let attempts = 0;
  for (;;) {
    const claimed = await claimDeliveries(db, { limit: policy.batchSize, leaseMs: policy.leaseMs });
    if (claimed.length === 0) return attempts;
    await Promise.all(claimed.map(async (claim) => settleDelivery(db, claim, await attemptDelivery(db, claim, policy), policy)));
    attempts += claimed.length;
  }
}

async function attemptDelivery(db: Db, claim: ClaimedDelivery, policy: DeliveryPolicy): Promise<AttemptOutcome> {
  const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: claim.id }, include: { event: true, endpoint: true } });
  let secret: string;
  try {
    secret = decryptSecret(delivery.endpoint.secretEncrypted);
  } catch {
    return { ok: false, statusCode: null, latencyMs: 0, responseExcerpt: null, error: 'signing secret unreadable (is TILLPOINT_ENCRYPTION_KEY the one it was stored with?)' };
  }
  const payload = eventPayload(delivery.event);
  const sentAt = new Date();
  const outcome = await postWebhook(delivery.endpoint.url, payload, signPayload(secret, delivery.event.id, payload, sentAt), policy.timeoutMs);
  return { ...outcome, sentAt };
}
