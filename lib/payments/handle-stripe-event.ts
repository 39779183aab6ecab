import type Stripe from 'stripe';
import type { Db } from '@/lib/db/create-prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { convergePayment } from './converge-payment';
import { snapshotFromIntent } from './snapshot-from-intent';

export type EventOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * Applies one verified Stripe event. Events are a trigger, not the truth: the PaymentIntent is read
 * again from Stripe and the payment converges to it, so duplicates, reordering (`requires_action`
 * after `succeeded`, `created` last) and stale snapshots cannot regress a payment. Each event id is
 * recorded in the same transaction as the change, so a redelivery is applied once.
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event): Promise<EventOutcome> {
  if (await db.stripeEvent.findUnique({ where: { id: event.id } })) return 'duplicate';
  const record = (paymentId: string | null) => ({ id: event.id, type: event.type, paymentId });

  const intent = event.type.startsWith('payment_intent.') ? (event.data.object as Stripe.PaymentIntent) : null;
  const payment = intent ? await findPayment(db, intent) : null;
  if (!intent || !payment) {
    await db.stripeEvent.create({ data: record(intent ? null : await relatedPaymentId(db, event)) }).catch(ignoreDuplicate);
    return 'ignored';
  }

  const fresh = await retrievePaymentIntent(intent.id);
  const wentThroughAuthentication = payment.status === 'requires_action' || payment.status === 'requires_confirmation';
  try {
    await convergePayment(db, payment.id, snapshotFromIntent(fresh, wentThroughAuthentication), { kind: 'webhook', eventId: event.id, eventType: event.type }, (tx) =>
      tx.stripeEvent.create({ data: record(payment.id) }),
    );
  } catch (error) {
    if (isDuplicate(error)) return 'duplicate';
    throw error;
  }
  return 'applied';
}

async function findPayment(db: Db, intent: Stripe.PaymentIntent) {
  const id = intent.metadata?.tillpoint_payment_id;
  const byId = id ? await db.payment.findUnique({ where: { id } }) : null;
  return byId ?? db.payment.findUnique({ where: { stripePaymentIntentId: intent.id } });
}

/** The payment a charge.* or refund.* event concerns (through its `payment_intent`), so its page lists the event. */
async function relatedPaymentId(db: Db, event: Stripe.Event): Promise<string | null> {
  const intentId = (event.data.object as { payment_intent?: unknown }).payment_intent;
  if (typeof intentId !== 'string') return null;
  return (await db.payment.findUnique({ where: { stripePaymentIntentId: intentId }, select: { id: true } }))?.id ?? null;
}

function isDuplicate(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function ignoreDuplicate(error: unknown): void {
  if (!isDuplicate(error)) throw error;
}
