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

/** The authenticated merchant's settings that request handlers check against (read with the key). */
export type MerchantSettings = { allowedRedirectDomains: string[]; allowedEmbedOrigins: string[] };

type KeyRow = {
  id: string;
  merchant_id: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
} & MerchantSettings;

/**
 * Resolves a presented key (by its hash) to its merchant and the merchant's settings; unknown and revoked
 * keys are 401s. Updates lastUsedAt. Runs on every API request, so one statement on the pool directly
 * (see createPrisma).
 */
export async function authenticateApiKey(db: Db, keyHash: string, now = new Date()) {
  const { rows } = await db.pool.query<KeyRow>(
    `SELECT k.id, k.merchant_id, k.revoked_at AT TIME ZONE 'UTC' AS revoked_at, k.last_used_at AT TIME ZONE 'UTC' AS last_used_at,
       m.allowed_redirect_domains AS "allowedRedirectDomains", m.allowed_embed_origins AS "allowedEmbedOrigins"
     FROM api_keys k JOIN merchants m ON m.id = k.merchant_id WHERE k.hash = $1`,
    [keyHash],
  );
  const record = rows[0];
  if (!record) throw apiError('api_key_invalid', 'Invalid API key provided.');
  if (record.revoked_at && record.revoked_at <= now)
    throw apiError('api_key_revoked', 'This API key has been revoked.');
  // lastUsedAt is kept to the minute so that a busy key does not write on every request.
  if (!record.last_used_at || now.getTime() - record.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.pool.query('UPDATE api_keys SET last_used_at = $1::timestamp WHERE id = $2', [
      sqlTimestamp(now),
      record.id,
    ]);
  }
  const merchant: MerchantSettings = {
    allowedRedirectDomains: record.allowedRedirectDomains,
    allowedEmbedOrigins: record.allowedEmbedOrigins,
  };
  return { merchantId: record.merchant_id, apiKeyId: record.id, merchant };
}
