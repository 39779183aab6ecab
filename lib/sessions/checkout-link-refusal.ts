import type { Db } from '@/lib/db/create-prisma';
import { holdsLinkPlace, type PaymentStatus } from '@/lib/payments/payment-state';
import { linkPaymentRefusal } from './link-payment-refusal';

/**
 * For a checkout page: the link's inactive message when this session, opened from a payment link, can
 * no longer be paid (the same rule startPayment applies), else null. A session whose own payment is
 * already under way (waiting on 3DS, processing) is never refused: it may finish.
 */
export async function checkoutLinkRefusal(
  db: Db,
  session: { id: string; paymentLinkId: string | null; payment: { status: PaymentStatus } | null },
): Promise<string | null> {
  if (!session.paymentLinkId) return null;
  if (session.payment && holdsLinkPlace(session.payment.status)) return null;
  return linkPaymentRefusal(db, session.paymentLinkId, session.id);
}
