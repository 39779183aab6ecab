import type { Db } from '@/lib/db/create-prisma';
import type { PaymentStatus } from '@/lib/payments/payment-state';
import type { Tx } from '@/lib/webhooks/record-event';
import { inactiveMessageOf } from './link-availability';

/** Payment statuses that hold a place under a link's limit: the payment may still succeed. */
export const HOLDING_STATUSES: PaymentStatus[] = ['requires_action', 'requires_confirmation', 'processing', 'requires_capture'];

/** An attempt this recent that has not finished is on its way to Stripe (startPayment's own window). */
const ATTEMPT_IN_FLIGHT_MS = 60_000;

/**
 * Why a new payment attempt for `sessionId` (opened from link `linkId`) must not start, or null. The
 * link must be active, and under a completed-sessions limit every place must not already be taken by
 * completed sessions plus other sessions' payments that may still succeed (waiting on 3DS, processing,
 * or an attempt on its way to Stripe). The answer is the link's inactive message.
 */
export async function linkPaymentRefusal(client: Db | Tx, linkId: string, sessionId: string, now = new Date()): Promise<string | null> {
  const link = await client.paymentLink.findUniqueOrThrow({ where: { id: linkId } });
  if (!link.active) return inactiveMessageOf(link);
  if (link.completedLimit === null) return null;
  if (link.completedCount >= link.completedLimit) return inactiveMessageOf(link);
  const holding = await client.payment.count({
    where: {
      sessionId: { not: sessionId },
      session: { paymentLinkId: linkId },
      OR: [
        { status: { in: HOLDING_STATUSES } },
        { attempts: { some: { finishedAt: null, createdAt: { gt: new Date(now.getTime() - ATTEMPT_IN_FLIGHT_MS) } } } },
      ],
    },
  });
  return link.completedCount + holding >= link.completedLimit ? inactiveMessageOf(link) : null;
}

/**
 * In startPayment's claim transaction: locks the link's row so that claims for the same link are
 * decided one at a time (two customers racing for the last place cannot both pass), then applies
 * `linkPaymentRefusal`. The lock is held until the claim commits its attempt.
 */
export async function reserveLinkPayment(tx: Tx, linkId: string, sessionId: string): Promise<string | null> {
  await tx.$executeRaw`SELECT 1 FROM payment_links WHERE id = ${linkId} FOR UPDATE`;
  return linkPaymentRefusal(tx, linkId, sessionId);
}
