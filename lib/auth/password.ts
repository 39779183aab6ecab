import bcrypt from 'bcryptjs';
import { z } from 'zod';

/** bcrypt work factor: about 0.1–0.2 s per hash on a small server core, pure JavaScript. */
const COST = 11;

/** A dashboard password: 12+ characters, and at most 72 bytes, the most bcrypt reads. */
export const ZPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .refine((value) => Buffer.byteLength(value, 'utf8') <= 72, 'must be at most 72 bytes');

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash to compare against when the email is unknown, so that both cases take the same time. */
export const UNKNOWN_USER_HASH = bcrypt.hashSync('not a real password, only for timing', COST);
