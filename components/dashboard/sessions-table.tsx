import Link from 'next/link';
import type { CheckoutSession } from '@/lib/generated/prisma/client';
import { CardHeadline, CardLink, CardList } from '@/components/ui/card-list';
import { TableShell } from '@/components/ui/table-shell';
import { formatAmount } from '@/lib/money/format-amount';
import type { PaymentStatus } from '@/lib/payments/payment-state';
import { DateTime } from './date-time';
import { PaymentBadge, SessionBadge } from './payment-badge';

type Row = CheckoutSession & {
  payment: {
    id: string;
    status: PaymentStatus;
    amount: number;
    amountRefunded: number;
    lastErrorCode: string | null;
  } | null;
};

function PaymentCell({ payment }: { payment: Row['payment'] }) {
  return payment ? <PaymentBadge payment={payment} /> : <span className="text-slate-500">Not started</span>;
}

/** Checkout sessions as a table on wide screens and as stacked cards on phones. */
export function SessionsTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <>
      <TableShell caption={caption} headings={['Amount', 'Status', 'Payment', 'Customer', 'Created', 'Expires']}>
        {rows.map((session) => (
          <tr key={session.id} className="hover:bg-slate-50">
            <td className="px-4 py-3">
              <Link
                href={`/dashboard/sessions/${session.id}`}
                className="font-semibold tabular-nums text-slate-900 hover:text-brand-700 hover:underline"
              >
                {formatAmount(session.amountTotal, session.currency)}
              </Link>{' '}
              <span className="text-xs uppercase text-slate-500">{session.currency}</span>
            </td>
            <td className="px-4 py-3">
              <SessionBadge status={session.status} />
            </td>
            <td className="px-4 py-3">
              <PaymentCell payment={session.payment} />
            </td>
            <td className="max-w-[14rem] truncate px-4 py-3 text-slate-700">{session.customerEmail ?? '—'}</td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              <DateTime value={session.createdAt} />
            </td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              {session.status === 'open' ? <DateTime value={session.expiresAt} /> : '—'}
            </td>
          </tr>
        ))}
      </TableShell>
      <CardList label={caption}>
        {rows.map((session) => (
          <CardLink key={session.id} href={`/dashboard/sessions/${session.id}`}>
            <CardHeadline
              title={formatAmount(session.amountTotal, session.currency)}
              badge={<SessionBadge status={session.status} />}
            />
            <span className="mt-1 block truncate text-sm text-slate-700">
              {session.customerEmail ?? 'No email yet'}
            </span>
            <span className="mt-1 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs text-slate-600">
              <PaymentCell payment={session.payment} />
              <DateTime value={session.createdAt} />
            </span>
          </CardLink>
        ))}
      </CardList>
    </>
  );
}
