import type { Db } from '@/lib/db/create-prisma';
import { fillUrlTemplate } from '@/lib/objects/fill-url-template';
import { isFinal, type PaymentStatus } from './payment-state';

/**
 * What a waiting page shows, decided here for every page that waits: `failed` when the last attempt ended
 * unpaid with a reason; `unpaid` when nothing is under way and no failure was recorded; `pending` while
 * Stripe or an attempt has yet to answer; `authorized` when the card is held for a later capture (the customer is
 * done). Nothing the browser was told counts.
 */
export type PaymentOutcome =
  'succeeded' | 'authorized' | 'failed' | 'canceled' | 'requires_action' | 'unpaid' | 'pending';

/** What a waiting page may know about a payment: its status, the customer message, where to go next. */
export type PaymentStatusView = {
  paymentId: string;
  status: PaymentStatus;
  outcome: PaymentOutcome;
  final: boolean;
  errorMessage: string | null;
  /** The processor's code for the last failure (`card_declined`, ...), for the embed's `failed` message. */
  errorCode: string | null;
  /** The issuer's reason for a `card_declined`, so the page can say it in the customer's language. */
  declineCode: string | null;
  /** An attempt's outcome is not known yet (its answer was lost): the page keeps waiting, it never says "failed". */
  inFlight: boolean;
  successUrl: string | null;
  /** The merchant's own words for the receipt page (payment links' hosted confirmation). */
  completionMessage: string | null;
  retryUrl: string;
};

export async function getPaymentStatusView(db: Db, paymentId: string): Promise<PaymentStatusView | null> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { session: true, attempts: { where: { finishedAt: null }, select: { id: true }, take: 1 } },
  });
  if (!payment) return null;
  // An authorized card ends the customer's checkout as a payment does: on to the merchant's page.
  const succeeded = payment.status === 'succeeded' || payment.status === 'requires_capture';
  const inFlight = payment.attempts.length > 0;
  return {
    paymentId: payment.id,
    status: payment.status,
    outcome: paymentOutcome(payment.status, inFlight, payment.lastErrorMessage),
    // Authorized is final for the customer: the capture or cancellation is the merchant's, later.
    final: isFinal(payment.status) || payment.status === 'requires_capture',
    errorMessage: payment.lastErrorMessage,
    errorCode: payment.lastErrorCode,
    declineCode: payment.lastDeclineCode,
    inFlight,
    successUrl:
      succeeded && payment.session.successUrl
        ? fillUrlTemplate(payment.session.successUrl, { sessionId: payment.sessionId, paymentId: payment.id })
        : null,
    completionMessage: succeeded ? payment.session.completionMessage : null,
    retryUrl: `/c/${payment.sessionId}`,
  };
}

export function paymentOutcome(status: PaymentStatus, inFlight: boolean, errorMessage: string | null): PaymentOutcome {
  if (status === 'succeeded' || status === 'canceled' || status === 'requires_action') return status;
  if (status === 'requires_capture') return 'authorized';
  if (status === 'requires_payment_method' && !inFlight) return errorMessage ? 'failed' : 'unpaid';
  return 'pending';
}
