import { generateSecretKey } from '@/lib/api-keys/secret-key';
import type { Db } from '@/lib/db/create-prisma';
import { newId } from '@/lib/ids/new-id';
import { ZApiCreateApiKey } from '../schemas/api-key-schemas';
import { serializeApiKey } from '@/lib/objects/serialize';

/** A new secret key for the merchant, optionally named; the secret is in this response only (stored as a hash). */
export async function createApiKey(db: Db, merchantId: string, body: unknown) {
  const { name } = ZApiCreateApiKey.parse(body);
  const { key, hash, prefix } = generateSecretKey();
  const record = await db.apiKey.create({ data: { id: newId('key'), merchantId, hash, prefix, name: name || null } });
  return serializeApiKey(record, key);
}
