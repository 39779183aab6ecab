import { createThreeDSecureToken } from '@/lib/hosted/three-d-secure-token';
import type { Db } from '@/lib/db/create-prisma';
import { apiError } from '../api-error';
import { findPayment } from './find-payment';

/** The hosted page where the customer completes 3-D Secure for a payment waiting on them. */
export async function createThreeDSecureUrl(
  db: Db,
  merchantId: string,
  paymentId: string,
  publicUrl: string,
  secret: string,
  now = Date.now(),
) {
  const payment = await findPayment(db, merchantId, paymentId);
  if (payment.status !== 'requires_action') {
    throw apiError(
      'payment_not_requires_action',
      `This payment is ${payment.status}; an action URL exists only while it is requires_action.`,
    );
  }
  const token = createThreeDSecureToken(secret, payment.id, now);
  const expires = Number(token.split('.')[0]);
  return {
    object: 'action_url' as const,
    payment: payment.id,
    url: `${publicUrl}/pay/${payment.id}/action?token=${token}`,
    expires_at: expires,
  };
}
