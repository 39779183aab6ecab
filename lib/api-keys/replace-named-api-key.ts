import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { generateSecretKey } from './secret-key';

/**
 * A fresh secret key with this name for a service that gets a new key at each start: earlier unrevoked
 * keys of the same name are revoked in the same transaction. The secret is returned, only its hash stored.
 */
export async function replaceNamedApiKey(db: Db, merchantId: string, name: string, now = new Date()): Promise<string> {
  const secret = generateSecretKey();
  await db.$transaction([
    db.apiKey.updateMany({ where: { merchantId, name, revokedAt: null }, data: { revokedAt: now } }),
    db.apiKey.create({ data: { id: newId('key'), merchantId, name, hash: secret.hash, prefix: secret.prefix } }),
  ]);
  return secret.key;
}
