import { generateSecretKey } from '@/lib/api-keys/secret-key';
import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { ZEmptyBody } from '../schemas/empty-body';
import { serializeApiKey } from '../serialize';

/** A new secret key for the merchant; the secret is in this response only (stored as a hash). */
export async function createApiKey(db: Db, merchantId: string, body: unknown) {
  ZEmptyBody.parse(body);
  const { key, hash, prefix } = generateSecretKey();
  const record = await db.apiKey.create({ data: { id: newId('key'), merchantId, hash, prefix } });
  return serializeApiKey(record, key);
}
