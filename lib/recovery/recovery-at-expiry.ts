import type { CheckoutSession } from '@/lib/generated/prisma/client';
import { hashRecoveryToken, recoveryToken, RECOVERY_DAYS } from './recovery-token';
import { recoveryTokenSecret } from './recovery-token-secret';

/**
 * What an expiring session stores to be recoverable: the hash of its URL's token and until when it opens.
 * Nothing unless the merchant enabled recovery and the customer's email is known (Stripe issues no URL
 * without one): the merchant's `customer_email`, or the email the customer typed, stored when they pressed Pay.
 */
export function recoveryAtExpiry(
  session: Pick<CheckoutSession, 'id' | 'recoveryEnabled' | 'customerEmail'>,
  expiredAt: Date,
): { recoveryTokenHash: string; recoveryExpiresAt: Date } | Record<string, never> {
  if (!session.recoveryEnabled || !session.customerEmail) return {};
  return {
    recoveryTokenHash: hashRecoveryToken(recoveryToken(recoveryTokenSecret(), session.id))!,
    recoveryExpiresAt: new Date(expiredAt.getTime() + RECOVERY_DAYS * 24 * 60 * 60 * 1000),
  };
}
