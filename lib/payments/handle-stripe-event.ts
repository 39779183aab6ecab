import type Stripe from 'stripe';
import type { Db } from '@/lib/db/create-prisma';
import { Prisma, type Payment } from '@/lib/generated/prisma/client';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { convergePayment } from './converge-payment';
import { holdsMoney } from './payment-state';
import { recordAnomaly } from './record-anomaly';
import { snapshotFromIntent } from './snapshot-from-intent';
import { syncRefunds } from './sync-refunds';

export type EventOutcome = 'applied' | 'duplicate' | 'ignored' | 'anomaly';

/** Stripe events that say a refund of a charge was made or moved on. */
const REFUND_EVENTS: ReadonlySet<string> = new Set([
  'charge.refunded',
  'charge.refund.updated',
  'refund.created',
  'refund.updated',
  'refund.failed',
]);

/** Charge events that tell a payment's outcome as its PaymentIntent's events do. */
const CHARGE_OUTCOME_EVENTS: ReadonlySet<string> = new Set(['charge.succeeded', 'charge.failed', 'charge.captured']);

/**
 * Applies one verified Stripe event. Events are a trigger, not the truth: the PaymentIntent (or its refunds)
 * is read again from Stripe and Tillpoint converges to it, so duplicates, reordering and stale snapshots
 * cannot regress a payment. A PaymentIntent moves only the payment whose own PaymentIntent it is, with the
 * same amount and currency; one that merely names a payment in its metadata never moves it (when it holds
 * money, the payment records an anomaly). Each event id is recorded once, so a redelivery is applied once.
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event): Promise<EventOutcome> {
  if (await db.stripeEvent.findUnique({ where: { id: event.id } })) return 'duplicate';
  if (event.type.startsWith('payment_intent.'))
    return applyPaymentIntentEvent(db, event, event.data.object as Stripe.PaymentIntent);
  const intentId = (event.data.object as { payment_intent?: unknown }).payment_intent;
  const payment =
    typeof intentId === 'string' ? await db.payment.findUnique({ where: { stripePaymentIntentId: intentId } }) : null;
  // A charge's outcome is sent at the same moment as its PaymentIntent's: whichever arrives first triggers the re-read.
  if (payment && CHARGE_OUTCOME_EVENTS.has(event.type)) return convergeOwnIntent(db, event, payment);
  if (payment && REFUND_EVENTS.has(event.type)) {
    await syncRefunds(db, payment.id);
    await recordEvent(db, event, payment.id);
    return 'applied';
  }
  await recordEvent(db, event, payment?.id ?? null);
  return 'ignored';
}

async function applyPaymentIntentEvent(
  db: Db,
  event: Stripe.Event,
  intent: Stripe.PaymentIntent,
): Promise<EventOutcome> {
  const own = await db.payment.findUnique({ where: { stripePaymentIntentId: intent.id } });
  if (!own) return applyForeignIntent(db, event, intent);
  return convergeOwnIntent(db, event, own);
}

/** Re-reads the payment's own PaymentIntent and converges to it (unless Stripe's amount or currency differ while it may take money). */
async function convergeOwnIntent(db: Db, event: Stripe.Event, own: Payment): Promise<EventOutcome> {
  const fresh = await retrievePaymentIntent(own.stripePaymentIntentId!);
  // A PaymentIntent waiting for a card may still hold the amount before a quantity change: it is brought to the
  // payment's amount before its next confirm, and it has taken nothing.
  const amountPending = fresh.status === 'requires_payment_method' && fresh.amount_received === 0;
  if ((fresh.amount !== own.amount && !amountPending) || fresh.currency !== own.currency) {
    const detail = `PaymentIntent is ${fresh.amount} ${fresh.currency}, the payment ${own.amount} ${own.currency}`;
    await db.$transaction((tx) => recordAnomaly(tx, own.id, 'amount_mismatch', fresh.id, detail));
    await recordEvent(db, event, own.id);
    return 'anomaly';
  }
  const wentThroughAuthentication = own.status === 'requires_action' || own.status === 'requires_confirmation';
  try {
    await convergePayment(
      db,
      own.id,
      snapshotFromIntent(fresh, wentThroughAuthentication),
      { kind: 'webhook', eventId: event.id, eventType: event.type },
      (tx) => tx.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId: own.id } }),
    );
  } catch (error) {
    if (isDuplicate(error)) return 'duplicate';
    throw error;
  }
  return 'applied';
}

/**
 * A PaymentIntent that is no payment's own. If its metadata names one of our payments and it holds money,
 * that is recorded on the payment as an anomaly (someone else's PaymentIntent, or a stray of ours that was
 * confirmed elsewhere); the payment itself does not move.
 */
async function applyForeignIntent(db: Db, event: Stripe.Event, intent: Stripe.PaymentIntent): Promise<EventOutcome> {
  const named = intent.metadata?.tillpoint_payment_id;
  const payment: Payment | null = named ? await db.payment.findUnique({ where: { id: named } }) : null;
  if (!payment) {
    await recordEvent(db, event, null);
    return 'ignored';
  }
  const fresh = await retrievePaymentIntent(intent.id);
  if (holdsMoney(fresh.status)) {
    const detail = `PaymentIntent ${fresh.id} (${fresh.status}, ${fresh.amount} ${fresh.currency}) names this payment but is not its own`;
    await db.$transaction((tx) => recordAnomaly(tx, payment.id, 'foreign_payment_intent', fresh.id, detail));
  }
  await recordEvent(db, event, payment.id);
  return holdsMoney(fresh.status) ? 'anomaly' : 'ignored';
}

async function recordEvent(db: Db, event: Stripe.Event, paymentId: string | null): Promise<void> {
  await db.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId } }).catch(ignoreDuplicate);
}

function isDuplicate(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function ignoreDuplicate(error: unknown): void {
  if (!isDuplicate(error)) throw error;
}
