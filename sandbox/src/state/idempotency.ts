import { ApiError, invalidRequest } from '../http/api-error.js';
import type { FormValue } from '../http/form-body.js';
import type { AccountState } from './store.js';
import type { StoredResponse } from './types.js';

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const MAX_KEY_LENGTH = 255;

export type IdempotencyCheck = { kind: 'new' } | { kind: 'replay'; stored: StoredResponse };

/** Order-independent text of the parsed params, so equal requests compare equal. */
export function fingerprint(value: FormValue | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprint(value[k])}`).join(',')}}`;
}

/**
 * Claims `key` for this request (STRIPE_FACTS §5): a new key is marked in flight; a finished one
 * replays if method, path and params match, else 400 `idempotency_error`; one still running → 409.
 */
export function claimIdempotencyKey(
  account: AccountState,
  key: string,
  method: string,
  path: string,
  print: string,
  nowMs: number,
): IdempotencyCheck {
  if (key.length > MAX_KEY_LENGTH || key.includes('\0')) {
    throw invalidRequest(
      `Keys for idempotent requests can only be ${MAX_KEY_LENGTH} characters long and can't contain null bytes.`,
      { param: 'Idempotency-Key' },
    );
  }
  const existing = account.idempotency.get(key);
  if (existing === 'in_flight') {
    throw new ApiError(
      409,
      'idempotency_error',
      'There is currently another in-progress request using this Stripe token (probably the same idempotency key). Please try again later.',
      { code: 'idempotency_key_in_use', headers: { 'Stripe-Should-Retry': 'true' } },
    );
  }
  if (existing && nowMs - existing.createdAt < IDEMPOTENCY_TTL_MS) {
    if (existing.method !== method || existing.path !== path) {
      throw new ApiError(
        400,
        'idempotency_error',
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${existing.method} ${existing.path}' vs '${method} ${path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    if (existing.fingerprint !== print) {
      throw new ApiError(
        400,
        'idempotency_error',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return { kind: 'replay', stored: existing };
  }
  account.idempotency.delete(key);
  account.idempotency.set(key, 'in_flight');
  return { kind: 'new' };
}

/** Stores the first response for replay, or (`null`) releases the key so a retry runs afresh. */
export function settleIdempotencyKey(account: AccountState, key: string, response: StoredResponse | null): void {
  if (response) account.idempotency.set(key, response);
  else account.idempotency.delete(key);
}

/** Forgets keys older than 24 h of sandbox time (entries are in creation order). */
export function pruneIdempotencyKeys(account: AccountState, nowMs: number): void {
  for (const [key, entry] of account.idempotency) {
    if (entry === 'in_flight') continue;
    if (nowMs - entry.createdAt < IDEMPOTENCY_TTL_MS) break;
    account.idempotency.delete(key);
  }
}
