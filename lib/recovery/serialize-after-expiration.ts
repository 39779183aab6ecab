import type { CheckoutSession } from '@/lib/generated/prisma/client';
import { hashRecoveryToken, recoveryToken, recoveryUrl } from './recovery-token';
import { recoveryTokenSecret } from './recovery-token-secret';

type RecoveryFields = Pick<
  CheckoutSession,
  'id' | 'recoveryEnabled' | 'recoveryAllowPromotionCodes' | 'recoveryTokenHash' | 'recoveryExpiresAt'
>;

/** The URL of an issued recovery, made again from the session id; null when none was issued (or the key changed since). */
export function issuedRecoveryUrl(session: RecoveryFields, publicUrl: string): string | null {
  if (!session.recoveryTokenHash) return null;
  const token = recoveryToken(recoveryTokenSecret(), session.id);
  return hashRecoveryToken(token) === session.recoveryTokenHash ? recoveryUrl(publicUrl, token) : null;
}

/**
 * Stripe's `after_expiration`: null unless the merchant enabled recovery; `url` and `expires_at` once the
 * session expired with a known customer email (otherwise null, as Stripe does).
 */
export function serializeAfterExpiration(session: RecoveryFields, publicUrl: string) {
  if (!session.recoveryEnabled) return null;
  return {
    recovery: {
      enabled: true,
      allow_promotion_codes: session.recoveryAllowPromotionCodes,
      url: issuedRecoveryUrl(session, publicUrl),
      expires_at: session.recoveryExpiresAt ? Math.floor(session.recoveryExpiresAt.getTime() / 1000) : null,
    },
  };
}
