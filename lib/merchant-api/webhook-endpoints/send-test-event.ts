import type { Db } from '@/lib/db/create-prisma';
import { announceDeliveriesQueued } from '@/lib/merchant-webhooks/deliveries-queued';
import { TEST_EVENT_TYPE } from '@/lib/merchant-webhooks/event-types';
import { recordEvent } from '@/lib/merchant-webhooks/record-event';
import { serializeEndpoint, serializeEvent } from '@/lib/objects/serialize-webhooks';
import { apiError } from '../api-error';
import { ZEmptyBody } from '../schemas/checkout-session-schemas';
import { findEndpoint } from './find-endpoint';

/** Sends a `webhook_endpoint.test` event (carrying the endpoint) to this endpoint only. */
export async function sendTestEvent(db: Db, merchantId: string, id: string, body: unknown) {
  ZEmptyBody.parse(body);
  const endpoint = await findEndpoint(db, merchantId, id);
  if (!endpoint.enabled)
    throw apiError('invalid_state', 'This webhook endpoint is disabled; enable it before sending a test event.');
  const { eventId } = await db.$transaction((tx) =>
    recordEvent(tx, {
      merchantId,
      type: TEST_EVENT_TYPE,
      object: serializeEndpoint(endpoint),
      endpointId: endpoint.id,
    }),
  );
  announceDeliveriesQueued();
  return serializeEvent(await db.merchantEvent.findUniqueOrThrow({ where: { id: eventId } }));
}
