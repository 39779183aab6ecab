import type { Db } from '@/lib/db/create-prisma';
import type { CheckoutSession, Payment } from '@/lib/generated/prisma/client';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { cancelPaymentIntent } from '@/lib/stripe/cancel-payment-intent';
import { isUnexpectedStateError } from '@/lib/stripe/stripe-errors';
import { markSessionExpired } from './mark-session-expired';

const CANCELABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'] as const;

export type ExpireOutcome = 'expired' | 'not_open' | 'payment_in_progress';

/** True when the session's payment (if any) can still be canceled, i.e. Stripe is not already processing it. */
export function canExpire(payment: Pick<Payment, 'status'> | null): boolean {
  return !payment || CANCELABLE.includes(payment.status as (typeof CANCELABLE)[number]);
}

/**
 * Expires one open session and cancels its PaymentIntent when it can still be canceled. A payment
 * Stripe is already processing is left to finish (it may still succeed) and the session stays open.
 * Used by the expiry job and by the merchant API's expire endpoint.
 */
export async function expireSession(db: Db, session: CheckoutSession & { payment: Payment | null }, now = new Date()): Promise<ExpireOutcome> {
  const payment = session.payment;
  if (!canExpire(payment)) return 'payment_in_progress';
  if (!(await markSessionExpired(db, session.id, now))) return 'not_open';
  if (!payment?.stripePaymentIntentId) return 'expired';
  try {
    const intent = await cancelPaymentIntent(payment.stripePaymentIntentId, `${payment.id}-expire`);
    const snapshot = snapshotFromIntent(intent);
    if (payment.status === 'requires_action') snapshot.threeDSecureFailure = 'three_d_secure_timeout';
    await convergePayment(db, payment.id, snapshot, { kind: 'expiry' });
  } catch (error) {
    if (!isUnexpectedStateError(error)) throw error; // it moved on meanwhile; webhooks will tell
  }
  return 'expired';
}
