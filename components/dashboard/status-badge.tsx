import type { PaymentStatus } from '@/lib/payments/payment-state';

const LABELS: Record<PaymentStatus, { label: string; tone: string }> = {
  succeeded: { label: 'Succeeded', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  requires_payment_method: { label: 'Incomplete', tone: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
  requires_confirmation: { label: 'Confirming', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  requires_action: { label: 'Waiting on customer', tone: 'bg-amber-50 text-amber-800 ring-amber-600/20' },
  processing: { label: 'Processing', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  requires_capture: { label: 'Authorized', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  canceled: { label: 'Canceled', tone: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
};

/** A payment status in words a merchant reads at a glance (the API name is in the title). */
export function PaymentStatusBadge({ status, refunded = false }: { status: PaymentStatus; refunded?: boolean }) {
  const { label, tone } = refunded
    ? { label: 'Refunded', tone: 'bg-violet-50 text-violet-800 ring-violet-600/20' }
    : LABELS[status];
  return (
    <Badge tone={tone} title={status}>
      {label}
    </Badge>
  );
}

/** A small rounded label. */
export function Badge({ tone, title, children }: { tone: string; title?: string; children: React.ReactNode }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}
    >
      {children}
    </span>
  );
}
