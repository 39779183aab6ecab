import Link from 'next/link';
import type { Payment } from '@/lib/generated/prisma/client';
import { CardHeadline, CardLink, CardList } from '@/components/ui/card-list';
import { TableShell } from '@/components/ui/table-shell';
import { formatAmount } from '@/lib/money/format-amount';
import { cardLabel } from './card-label';
import { DateTime } from './date-time';
import { PaymentBadge } from './payment-badge';

type Row = Payment & { session: { customerEmail: string | null } };

/** Payments as a table on wide screens and as stacked cards on phones (no sideways scrolling). */
export function PaymentsTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <>
      <TableShell caption={caption} headings={['Amount', 'Status', 'Customer', 'Card', 'Created']}>
        {rows.map((payment) => (
          <tr key={payment.id} className="hover:bg-slate-50">
            <td className="px-4 py-3">
              <Link
                href={`/dashboard/payments/${payment.id}`}
                className="font-semibold tabular-nums text-slate-900 hover:text-brand-700 hover:underline"
              >
                {formatAmount(payment.amount, payment.currency)}
              </Link>{' '}
              <span className="text-xs uppercase text-slate-500">{payment.currency}</span>
            </td>
            <td className="px-4 py-3">
              <PaymentBadge payment={payment} />
            </td>
            <td className="max-w-[16rem] truncate px-4 py-3 text-slate-700">{payment.session.customerEmail ?? '—'}</td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-700">
              {cardLabel(payment.cardBrand, payment.cardLast4) ?? '—'}
            </td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              <DateTime value={payment.createdAt} />
            </td>
          </tr>
        ))}
      </TableShell>
      <CardList label={caption}>
        {rows.map((payment) => (
          <CardLink key={payment.id} href={`/dashboard/payments/${payment.id}`}>
            <CardHeadline
              title={formatAmount(payment.amount, payment.currency)}
              badge={<PaymentBadge payment={payment} />}
            />
            <span className="mt-1 block truncate text-sm text-slate-700">
              {payment.session.customerEmail ?? 'No email'}
            </span>
            <span className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-slate-600">
              <span>{cardLabel(payment.cardBrand, payment.cardLast4) ?? 'No card yet'}</span>
              <DateTime value={payment.createdAt} />
            </span>
          </CardLink>
        ))}
      </CardList>
    </>
  );
}
