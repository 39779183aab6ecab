import type { PaymentStatus } from '@/lib/payments/payment-state';
import { Badge, PaymentStatusBadge } from './status-badge';

type PaymentLike = {
  status: PaymentStatus;
  amount: number;
  amountRefunded: number;
  /** What a partial capture charged; refunds are measured against it. */
  amountCaptured?: number | null;
  lastErrorCode: string | null;
  anomalyAt?: Date | null;
};

/** A payment's state as the merchant thinks of it: failed and (partially) refunded on top of the status, flagged when Stripe contradicted it. */
export function PaymentBadge({ payment }: { payment: PaymentLike }) {
  if (!payment.anomalyAt) return <StateBadge payment={payment} />;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <StateBadge payment={payment} />
      <Badge
        tone="bg-amber-50 text-amber-900 ring-amber-600/30"
        title="Stripe reported something that does not match this payment: see its page"
      >
        Flagged
      </Badge>
    </span>
  );
}

function StateBadge({ payment }: { payment: PaymentLike }) {
  const captured = payment.amountCaptured ?? payment.amount;
  if (payment.status === 'requires_payment_method' && payment.lastErrorCode) {
    return (
      <Badge tone="bg-red-50 text-red-800 ring-red-600/20" title={`${payment.status}: ${payment.lastErrorCode}`}>
        Failed
      </Badge>
    );
  }
  if (payment.status === 'succeeded' && payment.amountRefunded > 0 && payment.amountRefunded < captured) {
    return (
      <Badge tone="bg-violet-50 text-violet-800 ring-violet-600/20" title="succeeded, partially refunded">
        Partially refunded
      </Badge>
    );
  }
  return (
    <PaymentStatusBadge
      status={payment.status}
      refunded={payment.status === 'succeeded' && payment.amountRefunded >= captured}
    />
  );
}

const SESSION_TONES = {
  open: { label: 'Open', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  complete: { label: 'Complete', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  expired: { label: 'Expired', tone: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
} as const;

/** A checkout session's status. */
export function SessionBadge({ status }: { status: keyof typeof SESSION_TONES }) {
  const { label, tone } = SESSION_TONES[status];
  return (
    <Badge tone={tone} title={status}>
      {label}
    </Badge>
  );
}
