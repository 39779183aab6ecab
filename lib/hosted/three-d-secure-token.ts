import { createHmac, timingSafeEqual } from 'node:crypto';

export const THREE_D_SECURE_TOKEN_TTL_SECONDS = 60 * 60;

function signature(secret: string, paymentId: string, expires: number): string {
  return createHmac('sha256', secret).update(`action:${paymentId}:${expires}`).digest('base64url');
}

/** A token that lets whoever holds it open the 3-D Secure action page of one payment until it expires. */
export function createThreeDSecureToken(
  secret: string,
  paymentId: string,
  nowMs = Date.now(),
  ttlSeconds = THREE_D_SECURE_TOKEN_TTL_SECONDS,
): string {
  const expires = Math.floor(nowMs / 1000) + ttlSeconds;
  return `${expires}.${signature(secret, paymentId, expires)}`;
}

/** True when `token` was made for `paymentId` with `secret` and has not expired. Constant-time comparison. */
export function verifyThreeDSecureToken(secret: string, paymentId: string, token: string, nowMs = Date.now()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= nowMs) return false;
  const expected = Buffer.from(signature(secret, paymentId, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
