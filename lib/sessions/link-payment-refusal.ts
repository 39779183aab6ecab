import type { Db } from '@/lib/db/create-prisma';
import { appEnv } from '@/lib/env/app-env';
import { AWAITING_CUSTOMER_STATUSES, SETTLING_STATUSES } from '@/lib/payments/payment-state';
import type { Tx } from '@/lib/merchant-webhooks/record-event';
import { inactiveMessageOf } from './link-availability';
import { PLACES_HELD_MESSAGE } from './link-refusal-text';

/** An attempt this recent that has not finished is on its way to Stripe (startPayment's own window). */
const ATTEMPT_IN_FLIGHT_MS = 60_000;

/**
 * Why a new payment attempt for `sessionId` (opened from link `linkId`) must not start, or null. The
 * link must be active, and under a completed-sessions limit every place must not already be taken by
 * completed sessions plus other sessions' payments that may still succeed: processing, an attempt on its
 * way to Stripe, or waiting on 3DS for less than the hold. The answer is the link's inactive message when
 * the link is done, or `PLACES_HELD_MESSAGE` while places are only held.
 */
export async function linkPaymentRefusal(
  client: Db | Tx,
  linkId: string,
  sessionId: string,
  now = new Date(),
): Promise<string | null> {
  const link = await client.paymentLink.findUniqueOrThrow({ where: { id: linkId } });
  if (!link.active) return inactiveMessageOf(link);
  if (link.completedLimit === null) return null;
  if (link.completedCount >= link.completedLimit) return inactiveMessageOf(link);
  const holding = await client.payment.count({
    where: {
      sessionId: { not: sessionId },
      session: { paymentLinkId: linkId },
      OR: [
        { status: { in: [...SETTLING_STATUSES] } },
        {
          // Waiting on 3-D Secure holds a place only for `LINK_PLACE_HOLD_SECONDS` from `awaitingCustomerSince`.
          status: { in: [...AWAITING_CUSTOMER_STATUSES] },
          awaitingCustomerSince: { gt: new Date(now.getTime() - appEnv().LINK_PLACE_HOLD_SECONDS * 1000) },
        },
        { attempts: { some: { finishedAt: null, createdAt: { gt: new Date(now.getTime() - ATTEMPT_IN_FLIGHT_MS) } } } },
      ],
    },
  });
  return link.completedCount + holding >= link.completedLimit ? PLACES_HELD_MESSAGE : null;
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

/**
 * Before the server confirms a link payment the customer has authenticated: under the link's lock, checks
 * that a place is still free for it (its hold may have lapsed while the customer was at the bank) and, if
 * so, grants the hold again from now, so the place stays its own while Stripe answers.
 */
export async function holdLinkPlaceForConfirm(
  db: Db,
  linkId: string,
  sessionId: string,
  paymentId: string,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const refusal = await reserveLinkPayment(tx, linkId, sessionId);
    if (!refusal) await tx.payment.update({ where: { id: paymentId }, data: { awaitingCustomerSince: new Date() } });
    return refusal;
  });
}
