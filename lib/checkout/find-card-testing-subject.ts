import type { Db } from '@/lib/db/create-prisma';
import { retrievePaymentMethod } from '@/lib/stripe/retrieve-payment-method';
import type { CardTestingSubject } from './card-testing-limits';

/**
 * The merchant, payment link and card fingerprint a card submission counts against; null for an
 * unknown session (startPayment answers that). A PaymentMethod Stripe cannot read counts without a
 * fingerprint: Stripe refuses it when the payment is attempted.
 */
export async function findCardTestingSubject(
  db: Db,
  sessionId: string,
  paymentMethodId: string,
): Promise<CardTestingSubject | null> {
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    select: { merchantId: true, paymentLinkId: true },
  });
  if (!session) return null;
  const method = await retrievePaymentMethod(paymentMethodId).catch(() => null);
  return {
    merchantId: session.merchantId,
    paymentLinkId: session.paymentLinkId,
    cardFingerprint: method?.cardFingerprint ?? null,
  };
}
