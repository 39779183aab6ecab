import { hashSecretKey, SECRET_KEY_PATTERN } from '@/lib/api-keys/secret-key';
import type { Db } from '@/lib/db/create-prisma';
import { apiError } from './api-error';

const LAST_USED_RESOLUTION_MS = 60_000;

/** The hash of the secret key in `Authorization: Bearer sk_test_...`; a missing or malformed key is a 401 without touching the database. */
export function presentedKeyHash(authorization: string | null): string {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw apiError('api_key_missing', 'No API key provided. Send Authorization: Bearer sk_test_...');
  if (!SECRET_KEY_PATTERN.test(match[1]!)) throw apiError('api_key_invalid', 'Invalid API key provided.');
  return hashSecretKey(match[1]!);
}

/** Resolves a presented key (by its hash) to its merchant; unknown and revoked keys are 401s. Updates lastUsedAt. */
export async function authenticateApiKey(db: Db, keyHash: string, now = new Date()) {
  const record = await db.apiKey.findUnique({ where: { hash: keyHash } });
  if (!record) throw apiError('api_key_invalid', 'Invalid API key provided.');
  if (record.revokedAt && record.revokedAt <= now) throw apiError('api_key_revoked', 'This API key has been revoked.');
  // lastUsedAt is kept to the minute so that a busy key does not write on every request.
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  }
  return { merchantId: record.merchantId, apiKeyId: record.id };
}
