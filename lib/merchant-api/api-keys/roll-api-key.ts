import { generateSecretKey } from '@/lib/api-keys/secret-key';
import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { apiError, notFound } from '../api-error';
import { ZApiRollApiKey } from '../schemas/api-key-schemas';
import { serializeApiKey } from '@/lib/objects/serialize';

/** Replaces a key: a new key (with the old one's name) now, the old one revoked at once or after `expires_in` seconds of grace. */
export async function rollApiKey(db: Db, merchantId: string, id: string, body: unknown, now = new Date()) {
  const { expires_in = 0 } = ZApiRollApiKey.parse(body);
  const { key, hash, prefix } = generateSecretKey();
  const created = await db.$transaction(async (tx) => {
    const old = await tx.apiKey.findFirst({ where: { id, merchantId } });
    if (!old) throw notFound('API key', id);
    const { count } = await tx.apiKey.updateMany({
      where: { id, OR: [{ revokedAt: null }, { revokedAt: { gt: now } }] },
      data: { revokedAt: new Date(now.getTime() + expires_in * 1000) },
    });
    if (count === 0) throw apiError('invalid_state', 'This API key is already revoked.');
    return tx.apiKey.create({ data: { id: newId('key'), merchantId, hash, prefix, name: old.name } });
  });
  return serializeApiKey(created, key);
}
