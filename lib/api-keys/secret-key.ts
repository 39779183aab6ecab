import { createHash } from 'node:crypto';
import { randomToken } from '@/lib/ids/new-id';

export const SECRET_KEY_PATTERN = /^sk_test_[0-9A-Za-z]{32}$/;

/** A new merchant secret key. It is shown once; only its hash and prefix are stored. */
export function generateSecretKey(): { key: string; hash: string; prefix: string } {
  const key = `sk_test_${randomToken(32)}`;
  return { key, hash: hashSecretKey(key), prefix: key.slice(0, 12) };
}

/** Keys carry ~190 random bits, so a plain SHA-256 is enough (no password-style stretching needed). */
export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
