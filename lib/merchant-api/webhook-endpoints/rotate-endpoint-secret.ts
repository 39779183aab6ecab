import type { Db } from '@/lib/db/create-prisma';
import { encryptSecret } from '@/lib/merchant-webhooks/encrypt-secret';
import { newSigningSecret } from '@/lib/merchant-webhooks/new-signing-secret';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';
import { ZEmptyBody } from '../schemas/checkout-session-schemas';
import { findEndpoint } from './find-endpoint';

/**
 * Replaces the endpoint's signing secret at once (no grace period: every attempt from now on, retries
 * included, is signed with the new one). The response is the only time the new secret is shown.
 */
export async function rotateEndpointSecret(db: Db, merchantId: string, id: string, body: unknown) {
  ZEmptyBody.parse(body);
  const endpoint = await findEndpoint(db, merchantId, id);
  const secret = newSigningSecret();
  const updated = await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { secretEncrypted: encryptSecret(secret) },
  });
  return { ...serializeEndpoint(updated), secret };
}
