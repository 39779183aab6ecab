import type { Db } from '@/lib/db/create-prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import type { EventType } from './event-types';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type RecordedEvent = { eventId: string; deliveries: number };

/**
 * Writes a merchant event and one pending delivery per enabled, subscribed, live endpoint of the
 * merchant (or only `endpointId`, for test events). Call it inside the transaction of the change the
 * event reports: the event exists if and only if the change committed (a transactional outbox).
 */
export async function recordEvent(
  tx: Tx,
  input: { merchantId: string; type: EventType; object: Prisma.InputJsonObject; endpointId?: string },
): Promise<RecordedEvent> {
  const eventId = newId('evt');
  const objectId = typeof input.object.id === 'string' ? input.object.id : null;
  // One merchant's events are recorded one transaction at a time, and stamped inside that turn: their
  // sequence and queue time then follow commit order, so a worker never sends an event before one
  // recorded earlier that had not committed yet (per-endpoint order holds across concurrent changes).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`merchant-events:${input.merchantId}`}, 0))`;
  const [stamp] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  const now = stamp!.now;
  await tx.merchantEvent.create({
    data: {
      id: eventId,
      merchantId: input.merchantId,
      type: input.type,
      objectId,
      data: { object: input.object },
      createdAt: now,
    },
  });
  const endpoints = await tx.webhookEndpoint.findMany({
    where: {
      merchantId: input.merchantId,
      enabled: true,
      deletedAt: null,
      ...(input.endpointId ? { id: input.endpointId } : { enabledEvents: { hasSome: ['*', input.type] } }),
    },
    select: { id: true },
  });
  if (endpoints.length) {
    await tx.webhookDelivery.createMany({
      data: endpoints.map((endpoint) => ({
        id: newId('whd'),
        eventId,
        endpointId: endpoint.id,
        createdAt: now,
        nextAttemptAt: now,
      })),
    });
  }
  return { eventId, deliveries: endpoints.length };
}
