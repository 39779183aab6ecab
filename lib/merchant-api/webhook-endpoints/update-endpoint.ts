import type { Db } from '@/lib/db/create-prisma';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';
import { ZUpdateWebhookEndpoint } from '../schemas/webhook-schemas';
import { findEndpoint } from './find-endpoint';

/**
 * Updates an endpoint. Re-enabling clears the reason it was disabled and its failure streak, and its
 * queued deliveries resume in order; disabling pauses them (they are kept, not dropped) and records `disabledBy`.
 */
export async function updateEndpoint(
  db: Db,
  merchantId: string,
  id: string,
  body: unknown,
  disabledBy = 'disabled through the API',
) {
  const input = ZUpdateWebhookEndpoint.parse(body);
  const endpoint = await findEndpoint(db, merchantId, id);
  const updated = await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      url: input.url,
      enabledEvents: input.enabled_events,
      description: input.description,
      ...(input.enabled === true && { enabled: true, disabledReason: null, failingSince: null }),
      ...(input.enabled === false && endpoint.enabled && { enabled: false, disabledReason: disabledBy }),
    },
  });
  return serializeEndpoint(updated);
}
