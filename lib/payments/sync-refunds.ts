import type { Db } from '@/lib/db/create-prisma';
import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { listRefunds } from '@/lib/stripe/list-refunds';
import { applyStripeRefunds } from './apply-stripe-refunds';

/**
 * Re-reads every refund Stripe holds for the payment's PaymentIntent and converges Tillpoint's refunds to
 * them (refund webhooks and the refund reconciler come here). Null when the payment has no PaymentIntent.
 */
export async function syncRefunds(db: Db, paymentId: string): Promise<{ payment: Payment; refunds: Refund[] } | null> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { stripePaymentIntentId: true } });
  if (!payment?.stripePaymentIntentId) return null;
  return applyStripeRefunds(db, paymentId, await listRefunds(payment.stripePaymentIntentId));
}
