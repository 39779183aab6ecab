import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { encryptSecret } from '@/lib/merchant-webhooks/encrypt-secret';
import { newSigningSecret } from '@/lib/merchant-webhooks/new-signing-secret';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';
import { apiError } from '../api-error';
import { ZCreateWebhookEndpoint } from '../schemas/webhook-schemas';

/** Endpoints one merchant may have (as on Stripe): bounds the delivery work one merchant can cause. */
export const MAX_WEBHOOK_ENDPOINTS = 16;

/** Registers a webhook endpoint; the response is the only time its signing secret is shown. */
export async function createEndpoint(db: Db, merchantId: string, body: unknown) {
  const input = ZCreateWebhookEndpoint.parse(body);
  const secret = newSigningSecret();
  const endpoint = await db.$transaction(async (tx) => {
    // Holding the merchant row makes the count and the insert one step, even under concurrent creates.
    await tx.$executeRaw`SELECT 1 FROM merchants WHERE id = ${merchantId} FOR UPDATE`;
    const existing = await tx.webhookEndpoint.count({ where: { merchantId, deletedAt: null } });
    if (existing >= MAX_WEBHOOK_ENDPOINTS) {
      throw apiError(
        'endpoint_limit_reached',
        `A merchant can have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one before adding another.`,
      );
    }
    return tx.webhookEndpoint.create({
      data: {
        id: newId('we'),
        merchantId,
        url: input.url,
        description: input.description ?? null,
        enabledEvents: input.enabled_events,
        secretEncrypted: encryptSecret(secret),
      },
    });
  });
  return { ...serializeEndpoint(endpoint), secret };
}
