import type { Payment } from '@/lib/generated/prisma/client';
import { formatAmount } from '@/lib/money/format-amount';
import { CaptureForm } from './capture-form';
import { DateTime } from './date-time';

const CANCELLATION_TEXT: Record<string, string> = {
  automatic: 'Stripe released it: it was not captured within 7 days',
  requested_by_customer: 'Canceled on request',
  duplicate: 'Canceled as a duplicate',
  fraudulent: 'Canceled as fraudulent',
  abandoned: 'Canceled (abandoned)',
};

/** A manual-capture payment: what was authorized, captured and released, and the capture and cancel buttons. */
export function AuthorizationPanel({ payment, cardText }: { payment: Payment; cardText: string }) {
  const money = (amount: number) => formatAmount(amount, payment.currency);
  const pendingAt = payment.captureRequestedAt ?? payment.cancelRequestedAt;
  if (payment.status === 'requires_capture' && pendingAt) {
    return (
      <p role="status" className="text-sm text-slate-700">
        {payment.captureRequestedAt
          ? `A capture of ${money(payment.captureRequestedAmount ?? payment.amount)} was sent`
          : 'A cancellation was sent'}{' '}
        <DateTime value={pendingAt} />; the payment changes when Stripe confirms it.
      </p>
    );
  }
  if (payment.status === 'requires_capture') {
    return (
      <CaptureForm paymentId={payment.id} currency={payment.currency} authorized={payment.amount} cardText={cardText} />
    );
  }
  if (payment.status === 'succeeded') {
    return (
      <p className="text-sm text-slate-700">
        Captured{' '}
        <strong className="tabular-nums text-slate-900">{money(payment.amountCaptured ?? payment.amount)}</strong> of
        the {money(payment.amount)} authorized
        {payment.amountReleased > 0 && <> · {money(payment.amountReleased)} released</>}.
      </p>
    );
  }
  if (payment.status === 'canceled' && payment.amountReleased > 0) {
    return (
      <p className="text-sm text-slate-700">
        Authorization of {money(payment.amountReleased)} released.{' '}
        {CANCELLATION_TEXT[payment.cancellationReason ?? ''] ?? 'Canceled'}.
      </p>
    );
  }
  return <p className="text-sm text-slate-600">The card has not been authorized yet.</p>;
}
