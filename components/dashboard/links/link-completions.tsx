import Link from 'next/link';
import type { LinkCompletion } from '@/lib/dashboard/links/list-link-completions';
import { formatAmount } from '@/lib/money/format-amount';
import { cardLabel } from '../card-label';
import { DateTime } from '../date-time';
import { PaymentBadge } from '../payment-badge';
import { CardHeadline } from '@/components/ui/card-list';

/** A link's completed checkouts with their payments: a table on wide screens, a list in narrower columns. */
export function LinkCompletions({ rows }: { rows: LinkCompletion[] }) {
  const items = rows.flatMap((row) =>
    row.payment && row.completedAt ? [{ ...row, payment: row.payment, completedAt: row.completedAt }] : [],
  );
  return (
    <>
      <table className="hidden w-full table-fixed text-left text-sm xl:table">
        <caption className="sr-only">Completed payments through this link, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            {(
              [
                ['Amount', 'w-[20%]'],
                ['Status', 'w-[17%]'],
                ['Customer', 'w-[35%]'],
                ['Completed', 'w-[28%]'],
              ] as const
            ).map(([heading, width]) => (
              <th key={heading} scope="col" className={`${width} px-5 py-2.5 font-medium`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map(({ id, customerEmail, completedAt, payment }) => (
            <tr key={id} className="hover:bg-slate-50">
              <td className="px-5 py-3">
                <Link
                  href={`/dashboard/payments/${payment.id}`}
                  className="font-semibold tabular-nums text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {formatAmount(payment.amount, payment.currency)}
                </Link>
                <span className="block truncate text-xs text-slate-600">
                  {cardLabel(payment.cardBrand, payment.cardLast4) ?? 'Card'}
                </span>
              </td>
              <td className="px-5 py-3">
                <PaymentBadge payment={payment} />
              </td>
              <td className="truncate px-5 py-3 text-slate-700" title={customerEmail ?? undefined}>
                {customerEmail ?? '—'}
              </td>
              <td className="px-5 py-3 text-slate-600">
                <DateTime value={completedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul
        aria-label="Completed payments through this link, newest first"
        className="divide-y divide-slate-100 xl:hidden"
      >
        {items.map(({ id, customerEmail, completedAt, payment }) => (
          <li key={id}>
            <Link href={`/dashboard/payments/${payment.id}`} className="block px-5 py-3 hover:bg-slate-50">
              <CardHeadline
                title={formatAmount(payment.amount, payment.currency)}
                badge={<PaymentBadge payment={payment} />}
              />
              <span className="mt-1 block truncate text-sm text-slate-700">{customerEmail ?? 'No email'}</span>
              <span className="mt-1 block text-xs text-slate-600">
                <DateTime value={completedAt} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
