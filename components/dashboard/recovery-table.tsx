import Link from 'next/link';
import { CardHeadline, CardList } from '@/components/ui/card-list';
import { TableShell } from '@/components/ui/table-shell';
import type { RecoverableRow, RecoveryStanding } from '@/lib/dashboard/list-recoverable-sessions';
import { formatAmount } from '@/lib/money/format-amount';
import { CopyButton } from './copy-button';
import { DateTime } from './date-time';
import { Badge } from './status-badge';

const STANDINGS: Record<RecoveryStanding, { label: string; tone: string }> = {
  recoverable: { label: 'Recoverable', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  recovered: { label: 'Recovered', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  lapsed: { label: 'Lapsed', tone: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
};

function StandingBadge({ standing }: { standing: RecoveryStanding }) {
  return <Badge tone={STANDINGS[standing].tone}>{STANDINGS[standing].label}</Badge>;
}

function RecoveredLink({ row }: { row: RecoverableRow }) {
  const recovered = row.session.recoveredBy;
  if (!recovered) return null;
  return (
    <Link href={`/dashboard/sessions/${recovered.id}`} className="text-xs text-brand-700 underline">
      New session ({recovered.status})
    </Link>
  );
}

function UrlCopy({ row }: { row: RecoverableRow }) {
  if (!row.url) return <span className="text-slate-500">Unavailable (the encryption key changed)</span>;
  return <CopyButton value={row.url} label="Copy URL" about={`recovery URL of ${row.session.id}`} />;
}

/** Expired sessions with a recovery URL: a table on wide screens, stacked cards on phones (each with a copy button). */
export function RecoveryTable({ rows, caption }: { rows: RecoverableRow[]; caption: string }) {
  return (
    <>
      <TableShell caption={caption} headings={['Amount', 'Customer', 'Expired', 'Recoverable until', 'Status', 'URL']}>
        {rows.map((row) => (
          <tr key={row.session.id} className="hover:bg-slate-50">
            <td className="px-4 py-3">
              <Link
                href={`/dashboard/sessions/${row.session.id}`}
                className="font-semibold tabular-nums text-slate-900 hover:text-brand-700 hover:underline"
              >
                {formatAmount(row.session.amountTotal, row.session.currency)}
              </Link>{' '}
              <span className="text-xs uppercase text-slate-500">{row.session.currency}</span>
            </td>
            <td className="max-w-[14rem] truncate px-4 py-3 text-slate-700">{row.session.customerEmail}</td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              {row.session.expiredAt ? <DateTime value={row.session.expiredAt} /> : '—'}
            </td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              {row.session.recoveryExpiresAt ? <DateTime value={row.session.recoveryExpiresAt} /> : '—'}
            </td>
            <td className="px-4 py-3">
              <div className="flex flex-col items-start gap-1">
                <StandingBadge standing={row.standing} />
                <RecoveredLink row={row} />
              </div>
            </td>
            <td className="whitespace-nowrap px-4 py-3">
              <UrlCopy row={row} />
            </td>
          </tr>
        ))}
      </TableShell>
      <CardList label={caption}>
        {rows.map((row) => (
          <li key={row.session.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <CardHeadline
              title={
                <Link href={`/dashboard/sessions/${row.session.id}`} className="hover:underline">
                  {formatAmount(row.session.amountTotal, row.session.currency)}
                </Link>
              }
              badge={<StandingBadge standing={row.standing} />}
            />
            <span className="mt-1 block truncate text-sm text-slate-700">{row.session.customerEmail}</span>
            <span className="mt-1 block text-xs text-slate-600">
              Recoverable until{' '}
              {row.session.recoveryExpiresAt ? <DateTime value={row.session.recoveryExpiresAt} /> : '—'}
            </span>
            <span className="mt-3 flex flex-wrap items-center justify-between gap-2">
              <UrlCopy row={row} />
              <RecoveredLink row={row} />
            </span>
          </li>
        ))}
      </CardList>
    </>
  );
}
