import type { Db } from '@/lib/db/create-prisma';
import { apiError, notFound } from '../api-error';
import { ZEmptyBody } from '../schemas/empty-body';
import { serializeApiKey } from '@/lib/objects/serialize';

/**
 * Revokes a key at once. The key making the request cannot revoke itself (that would lock the
 * caller out mid-operation): roll it, or revoke it with another key. The dashboard has no current key (null).
 */
export async function revokeApiKey(
  db: Db,
  merchantId: string,
  id: string,
  currentKeyId: string | null,
  body: unknown,
  now = new Date(),
) {
  ZEmptyBody.parse(body);
  const key = await db.apiKey.findFirst({ where: { id, merchantId } });
  if (!key) throw notFound('API key', id);
  if (key.id === currentKeyId)
    throw apiError('cannot_revoke_current_key', 'A key cannot revoke itself; use another key, or roll this one.');
  if (key.revokedAt && key.revokedAt <= now) throw apiError('invalid_state', 'This API key is already revoked.');
  return serializeApiKey(await db.apiKey.update({ where: { id }, data: { revokedAt: now } }));
}
