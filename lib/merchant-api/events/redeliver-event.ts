import type { Db } from '@/lib/db/create-prisma';
import { queueRedelivery } from '@/lib/merchant-webhooks/queue-redelivery';
import { serializeDelivery } from '@/lib/objects/serialize-webhooks';
import { apiError } from '../api-error';
import { ZRedeliverEvent } from '../schemas/webhook-schemas';
import { findEndpoint } from '../webhook-endpoints/find-endpoint';
import { findEvent } from './find-event';

/** Sends an event again to one endpoint (`endpoint`) or to every live endpoint it was sent to; returns those deliveries. */
export async function redeliverEvent(db: Db, merchantId: string, id: string, body: unknown) {
  const input = ZRedeliverEvent.parse(body);
  const event = await findEvent(db, merchantId, id);
  const endpointIds = input.endpoint
    ? [(await findEndpoint(db, merchantId, input.endpoint, 'endpoint')).id]
    : (
        await db.webhookDelivery.findMany({
          where: { eventId: event.id, endpoint: { deletedAt: null } },
          select: { endpointId: true },
        })
      ).map((row) => row.endpointId);
  if (endpointIds.length === 0)
    throw apiError(
      'invalid_state',
      'This event was not sent to any webhook endpoint; name one with `endpoint`.',
      'endpoint',
    );
  await queueRedelivery(db, event.id, endpointIds);
  const deliveries = await db.webhookDelivery.findMany({
    where: { eventId: event.id, endpointId: { in: endpointIds } },
    include: { attempts: { orderBy: { attemptedAt: 'asc' } }, event: { select: { type: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return {
    object: 'list' as const,
    data: deliveries.map(serializeDelivery),
    has_more: false,
    url: `/api/v1/events/${event.id}/redeliver`,
  };
}
