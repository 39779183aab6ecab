import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { AWAITING_CUSTOMER_STATUSES } from '@/lib/payments/payment-state';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import { confirmAfterThreeDSecure } from './confirm-after-three-d-secure';

/**
 * The server re-confirm, without the browser: payments waiting on 3DS that have not moved for
 * `olderThanMs` are read from Stripe, and those the customer authenticated (Stripe holds them in
 * `requires_confirmation`) are confirmed by the server, even when the customer never reached /return.
 * The others converge to what Stripe says (a failed or abandoned 3DS). Returns how many it looked at.
 */
export async function confirmAuthenticatedPayments(
  db: Db,
  publicUrl: string,
  { olderThanMs, limit = 50 }: { olderThanMs: number; limit?: number },
): Promise<number> {
  const waiting = await db.payment.findMany({
    where: {
      status: { in: [...AWAITING_CUSTOMER_STATUSES] },
      stripePaymentIntentId: { not: null },
      updatedAt: { lt: new Date(Date.now() - olderThanMs) },
    },
    orderBy: { updatedAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  for (const payment of waiting) {
    await confirmAfterThreeDSecure(db, payment.id, publicUrl, { kind: 'reconciler', name: 'server-confirm' }).catch(
      (error: unknown) =>
        logger().error({ paymentId: payment.id, err: describeStripeError(error) }, 'server confirm failed'),
    );
  }
  return waiting.length;
}
