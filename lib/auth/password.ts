import { hash, verify } from '@node-rs/bcrypt';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ConcurrencyLimit } from './concurrency-limit';

/** bcrypt work factor: about 0.1 s per hash on a small server core. */
const COST = 11;

/**
 * Native bcrypt runs on libuv's thread pool, off the event loop; the cap leaves pool threads for file
 * and DNS work and bounds the queue, so a burst of sign-ins cannot stall every other request.
 */
const slots = new ConcurrencyLimit(Math.max(1, Math.min(4, availableParallelism() - 1)), 64);

/** A dashboard password: 12+ characters, and at most 72 bytes, the most bcrypt reads. */
export const ZPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .refine((value) => Buffer.byteLength(value, 'utf8') <= 72, 'must be at most 72 bytes');

export function hashPassword(password: string): Promise<string> {
  return slots.run(() => hash(password, { cost: COST }));
}

/** Throws ConcurrencyLimitBusy when too many checks already wait. */
export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return slots.run(() => verify(password, passwordHash));
}

/**
 * A hash to compare against when the email is unknown, so that both cases take the same time: cost 11
 * like real ones, of a random password that was thrown away (a literal, so no hashing at start-up).
 */
export const UNKNOWN_USER_HASH = '$2b$11$ipbseIaZ04vQUdYjN7/J0eVqvNayyFqrIZOwYKEUUATmbd1DaP9N2';
