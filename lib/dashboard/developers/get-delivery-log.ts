import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';
import { pageArgs } from '@/lib/objects/pagination';
import { eventPayload } from '@/lib/objects/serialize-webhooks';

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * One page of an endpoint's delivery log, newest first: each delivery with the request it sends (the
 * exact body, and per attempt its `webhook-id` / `webhook-timestamp`; never the signature or secret) and
 * every attempt's outcome. Only deliveries of the merchant's own endpoint are read; a cursor that is not
 * one of them starts from the newest.
 */
export async function getDeliveryLog(db: Db, merchantId: string, endpointId: string, after?: string, limit = 20) {
  const scope = { endpointId, endpoint: { merchantId } };
  const owned =
    isObjectId('webhook_delivery', after) &&
    (await db.webhookDelivery.findFirst({ where: { id: after, ...scope }, select: { id: true } }));
  const rows = await db.webhookDelivery.findMany({
    where: scope,
    include: { attempts: { orderBy: { attemptedAt: 'asc' } }, event: true },
    ...pageArgs({ limit, starting_after: owned ? after : undefined }),
  });
  const page = rows.slice(0, limit);
  return {
    deliveries: page.map((delivery) => ({
      id: delivery.id,
      status: delivery.status,
      eventId: delivery.eventId,
      eventType: delivery.event.type,
      created: unix(delivery.createdAt),
      nextAttemptAt: delivery.status === 'pending' ? unix(delivery.nextAttemptAt) : null,
      body: eventPayload(delivery.event),
      attempts: delivery.attempts.map((attempt) => ({
        id: attempt.id,
        at: unix(attempt.attemptedAt),
        headers: { 'webhook-id': delivery.eventId, 'webhook-timestamp': String(unix(attempt.attemptedAt)) },
        statusCode: attempt.statusCode,
        latencyMs: attempt.latencyMs,
        responseExcerpt: attempt.responseExcerpt,
        responseHeaders: attempt.responseHeaders as Record<string, string> | null,
        error: attempt.error,
      })),
    })),
    nextCursor: rows.length > limit ? page.at(-1)!.id : null,
  };
}

export type DeliveryLogEntry = Awaited<ReturnType<typeof getDeliveryLog>>['deliveries'][number];
