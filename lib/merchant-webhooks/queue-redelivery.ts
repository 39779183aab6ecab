import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { announceDeliveriesQueued } from './deliveries-queued';

/**
 * Queues an event again for each endpoint, behind what is already queued for it, with a fresh retry
 * schedule. A delivery still pending (perhaps in flight right now) is only made due now: it will be
 * sent anyway, and resetting it under a worker could lose the redelivery.
 */
export async function queueRedelivery(db: Db, eventId: string, endpointIds: string[], now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const endpointId of endpointIds) {
      await tx.webhookDelivery.upsert({
        where: { eventId_endpointId: { eventId, endpointId } },
        create: { id: newId('whd'), eventId, endpointId, createdAt: now, nextAttemptAt: now },
        update: {},
      });
      await tx.webhookDelivery.updateMany({
        where: { eventId, endpointId, status: { not: 'pending' } },
        data: {
          status: 'pending',
          attemptCount: 0,
          nextAttemptAt: now,
          lockedUntil: null,
          deliveredAt: null,
          createdAt: now,
        },
      });
      await tx.webhookDelivery.updateMany({
        where: { eventId, endpointId, status: 'pending', nextAttemptAt: { gt: now } },
        data: { nextAttemptAt: now },
      });
    }
  });
  announceDeliveriesQueued();
}
