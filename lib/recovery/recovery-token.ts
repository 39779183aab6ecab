import { createHash, createHmac } from 'node:crypto';

/** How long a recovery URL opens after its session expired, unless the merchant says otherwise (Stripe's default). */
export const RECOVERY_DAYS = 30;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token of an expired session's recovery URL: an HMAC of the session id under a server secret, so
 * it cannot be guessed, yet the dashboard can show the URL again without storing the token itself.
 */
export function recoveryToken(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(`checkout-recovery:${sessionId}`).digest('base64url');
}

/** What is stored and looked up: the SHA-256 of a token (hex), never the token. Null for what cannot be one. */
export function hashRecoveryToken(token: string): string | null {
  return TOKEN.test(token) ? createHash('sha256').update(token).digest('hex') : null;
}

/** The customer-facing URL that opens the "continue your checkout" page. */
export function recoveryUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/recover/${token}`;
}
