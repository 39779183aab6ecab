import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { encryptSecret } from '@/lib/webhooks/encrypt-secret';
import { newSigningSecret } from '@/lib/webhooks/new-signing-secret';
import { serializeEndpoint } from '@/lib/webhooks/serialize-webhooks';
import { ZCreateWebhookEndpoint } from '../schemas/webhook-schemas';

/** Registers a webhook endpoint; the response is the only time its signing secret is shown. */
export async function createEndpoint(db: Db, merchantId: string, body: unknown) {
  const input = ZCreateWebhookEndpoint.parse(body);
  const secret = newSigningSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: {
      id: newId('we'),
      merchantId,
      url: input.url,
      description: input.description ?? null,
      enabledEvents: input.enabled_events,
      secretEncrypted: encryptSecret(secret),
    },
  });
  return { ...serializeEndpoint(endpoint), secret };
}
