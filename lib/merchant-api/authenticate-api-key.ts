import { hashSecretKey, SECRET_KEY_PATTERN } from '@/lib/api-keys/secret-key';
import type { Db } from '@/lib/db/create-prisma';
import { sqlTimestamp } from '@/lib/db/sql-timestamp';
import { apiError } from './api-error';

const LAST_USED_RESOLUTION_MS = 60_000;

/** The hash of the secret key in `Authorization: Bearer sk_test_...`; a missing or malformed key is a 401 without touching the database. */
export function presentedKeyHash(authorization: string | null): string {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw apiError('api_key_missing', 'No API key provided. Send Authorization: Bearer sk_test_...');
  if (!SECRET_KEY_PATTERN.test(match[1]!)) throw apiError('api_key_invalid', 'Invalid API key provided.');
  return hashSecretKey(match[1]!);
}

type KeyRow = { id: string; merchant_id: string; revoked_at: Date | null; last_used_at: Date | null };

/**
 * Resolves a presented key (by its hash) to its merchant; unknown and revoked keys are 401s. Updates
 * lastUsedAt. Raw SQL: it runs on every API request (see createCheckoutSession for the measurements).
 */
export async function authenticateApiKey(db: Db, keyHash: string, now = new Date()) {
  const [record] = await db.$queryRaw<KeyRow[]>`SELECT id, merchant_id, revoked_at, last_used_at FROM api_keys WHERE hash = ${keyHash}`;
  if (!record) throw apiError('api_key_invalid', 'Invalid API key provided.');
  if (record.revoked_at && record.revoked_at <= now) throw apiError('api_key_revoked', 'This API key has been revoked.');
  // lastUsedAt is kept to the minute so that a busy key does not write on every request.
  if (!record.last_used_at || now.getTime() - record.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.$executeRaw`UPDATE api_keys SET last_used_at = ${sqlTimestamp(now)}::timestamp WHERE id = ${record.id}`;
  }
  return { merchantId: record.merchant_id, apiKeyId: record.id };
}
