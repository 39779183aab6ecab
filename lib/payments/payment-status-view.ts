import type { Db } from '@/lib/db/create-prisma';
import { fillUrlTemplate } from '@/lib/objects/fill-url-template';
import { FINAL_STATUSES, type PaymentStatus } from './payment-state';

/** What a waiting page may know about a payment: its status, the customer message, where to go next. */
export type PaymentStatusView = {
  paymentId: string;
  status: PaymentStatus;
  final: boolean;
  errorMessage: string | null;
  /** The processor's code for the last failure (`card_declined`, ...), for the embed's `failed` message. */
  errorCode: string | null;
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
  const succeeded = payment.status === 'succeeded';
  return {
    paymentId: payment.id,
    status: payment.status,
    final: FINAL_STATUSES.has(payment.status),
    errorMessage: payment.lastErrorMessage,
    errorCode: payment.lastErrorCode,
    inFlight: payment.attempts.length > 0,
    successUrl:
      succeeded && payment.session.successUrl
        ? fillUrlTemplate(payment.session.successUrl, { sessionId: payment.sessionId, paymentId: payment.id })
        : null,
    completionMessage: succeeded ? payment.session.completionMessage : null,
    retryUrl: `/c/${payment.sessionId}`,
  };
}
