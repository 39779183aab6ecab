import { randomBytes } from 'node:crypto';
import type { IdPrefix } from './object-ids';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random base62 string; `length` 24 carries about 143 bits, enough to be unguessable. */
export function randomToken(length = 24): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    if (byte >= 248) continue; // 248 = 62 * 4: keeps the distribution uniform
    out += ALPHABET[byte % 62];
    if (out.length === length) return out;
  }
  return out + randomToken(length - out.length);
}

/** Tillpoint object ids look like Stripe's: a type prefix and a random part (`mer_...`, `cs_...`). */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomToken(24)}`;
}
