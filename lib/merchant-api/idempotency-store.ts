import type { Db } from '@/lib/db/create-prisma';
import { sqlTimestamp } from '@/lib/db/sql-timestamp';
import { apiError } from './api-error';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** An in-flight claim older than this belongs to a request that died; the key may be claimed again. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

type Claim = { merchantId: string; key: string; method: string; path: string; requestHash: string };
export type IdempotencyOutcome = { kind: 'owner' } | { kind: 'replay'; status: number; body: unknown };

/**
 * Claims an Idempotency-Key by inserting its row: the primary key (merchant, key) is the lock, so of
 * any number of concurrent requests exactly one becomes the owner. The others get the stored
 * response (same request), 400 (different request) or 409 (the first is still running).
 */
export async function claimIdempotencyKey(db: Db, claim: Claim, now = new Date()): Promise<IdempotencyOutcome> {
  if (claim.key.length === 0 || claim.key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw apiError('idempotency_key_invalid', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
  }
  const where = { merchantId_key: { merchantId: claim.merchantId, key: claim.key } };
  const [createdAt, expiresAt] = [sqlTimestamp(now), sqlTimestamp(new Date(now.getTime() + IDEMPOTENCY_TTL_MS))];
  for (let attempt = 0; attempt < 3; attempt++) {
    // On the pool directly: every idempotent POST claims a key (see createPrisma).
    const { rowCount } = await db.pool.query(
      `INSERT INTO idempotency_keys (merchant_id, key, method, path, request_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamp, $7::timestamp) ON CONFLICT DO NOTHING`,
      [claim.merchantId, claim.key, claim.method, claim.path, claim.requestHash, createdAt, expiresAt],
    );
    if (rowCount === 1) return { kind: 'owner' };
    const existing = await db.idempotencyKey.findUnique({ where });
    if (!existing) continue; // removed between our insert and read: claim again
    const abandoned =
      existing.responseStatus === null && existing.createdAt.getTime() < now.getTime() - ABANDONED_AFTER_MS;
    if (existing.expiresAt < now || abandoned) {
      // Only the row we read is removed (same createdAt), so a concurrent fresh claim is never lost.
      await db.idempotencyKey.deleteMany({
        where: { merchantId: claim.merchantId, key: claim.key, createdAt: existing.createdAt },
      });
      continue;
    }
    if (
      existing.method !== claim.method ||
      existing.path !== claim.path ||
      existing.requestHash !== claim.requestHash
    ) {
      throw apiError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different request (method, path or body).',
      );
    }
    if (existing.responseStatus === null) {
      throw apiError(
        'idempotency_key_in_use',
        'A request with this Idempotency-Key is still being processed. Retry later.',
      );
    }
    return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody };
  }
  throw apiError(
    'idempotency_key_in_use',
    'A request with this Idempotency-Key is still being processed. Retry later.',
  );
}

/** Stores the owner's response for replays. */
export async function completeIdempotencyKey(
  db: Db,
  merchantId: string,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await db.pool.query(
    'UPDATE idempotency_keys SET response_status = $1, response_body = $2::jsonb WHERE merchant_id = $3 AND key = $4 AND response_status IS NULL',
    [status, JSON.stringify(body ?? null), merchantId, key],
  );
}

/** Gives a key back when no result should be kept (invalid parameters, server errors): a retry runs again. */
export async function releaseIdempotencyKey(db: Db, merchantId: string, key: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { merchantId, key, responseStatus: null } });
}

/** Removes keys past their 24 hours (run by the background jobs). */
export async function pruneIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
