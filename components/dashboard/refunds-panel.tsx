import type { Payment, Refund } from '@/lib/generated/prisma/client';
import { formatAmount } from '@/lib/money/format-amount';
import type { RefundReason } from '@/lib/payments/refund-reasons';
import { DateTime } from './date-time';
import { RefundForm } from './refund-form';
import { REFUND_REASON_LABELS } from './refund-reason-labels';
import { Badge } from './status-badge';

const STATUS = {
  succeeded: { label: 'Refunded', tone: 'bg-violet-50 text-violet-800 ring-violet-600/20' },
  pending: { label: 'Pending', tone: 'bg-amber-50 text-amber-800 ring-amber-600/20' },
  failed: { label: 'Failed', tone: 'bg-red-50 text-red-800 ring-red-600/20' },
} as Record<string, { label: string; tone: string }>;

/** What was refunded, what is left, and the form to refund more (only for succeeded payments). */
export function RefundsPanel({
  payment,
  refunds,
  cardText,
}: {
  payment: Payment;
  refunds: Refund[];
  cardText: string;
}) {
  const inFlight = refunds
    .filter((r) => r.status === 'pending' && !r.stripeRefundId)
    .reduce((sum, r) => sum + r.amount, 0);
  const captured = payment.amountCaptured ?? payment.amount;
  const left = captured - payment.amountRefunded - inFlight;
  const money = (amount: number) => formatAmount(amount, payment.currency);
  return (
    <div className="space-y-5">
      {(payment.status === 'succeeded' || refunds.length > 0) && (
        <p className="text-sm text-slate-700">
          Refunded <strong className="tabular-nums text-slate-900">{money(payment.amountRefunded)}</strong> of{' '}
          {money(captured)} · <strong className="tabular-nums text-slate-900">{money(Math.max(left, 0))}</strong> left
          to refund
        </p>
      )}
      {refunds.length > 0 && (
        <ul aria-label="Refunds made" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {refunds.map((refund) => {
            const status = STATUS[refund.status] ?? STATUS.pending!;
            return (
              <li key={refund.id} className="px-3 py-2.5 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold tabular-nums text-slate-900">{money(refund.amount)}</span>
                  <Badge tone={status.tone} title={refund.status}>
                    {status.label}
                  </Badge>
                </div>
                <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600">
                  <DateTime value={refund.createdAt} />
                  <span>{refund.reason ? REFUND_REASON_LABELS[refund.reason as RefundReason] : 'No reason given'}</span>
                  <span>{refund.requestedBy?.startsWith('api_key:') ? 'Through the API' : 'From the dashboard'}</span>
                  <code className="break-all">{refund.id}</code>
                </p>
                {refund.failureReason && <p className="mt-1 text-xs text-red-700">{refund.failureReason}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {payment.status !== 'succeeded' ? (
        <p className="text-sm text-slate-600">Only a succeeded payment can be refunded.</p>
      ) : left > 0 ? (
        <RefundForm paymentId={payment.id} currency={payment.currency} left={left} cardText={cardText} />
      ) : (
        <p className="text-sm text-slate-600">
          {inFlight > 0 ? 'The rest of this payment is being refunded.' : 'This payment has been fully refunded.'}
        </p>
      )}
    </div>
  );
}
