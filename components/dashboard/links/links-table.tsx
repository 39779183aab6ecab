import Link from 'next/link';
import type { PaymentLink } from '@/lib/generated/prisma/client';
import { TableShell } from '@/components/ui/table-shell';
import { completedLabel, linkHeadline, linkState } from '@/lib/dashboard/links/link-headline';
import { paymentLinkUrl } from '@/lib/objects/payment-link-url';
import { CopyButton } from '../copy-button';
import { DateTime } from '../date-time';
import { LinkBadge } from './link-badge';

const HEADINGS = [
  'Link',
  { key: 'price', label: 'Price', className: 'w-36' },
  { key: 'status', label: 'Status', className: 'w-28' },
  { key: 'completed', label: 'Completed', className: 'w-28' },
  { key: 'created', label: 'Created', className: 'w-44' },
  { key: 'copy', label: <span className="sr-only">Copy URL</span>, className: 'w-32' },
];

/** Payment links as a table on wide screens and as cards on narrower ones: what each sells, its URL to copy, state and completions. */
export function LinksTable({ rows, caption, publicUrl }: { rows: PaymentLink[]; caption: string; publicUrl: string }) {
  const items = rows.map((link) => ({
    link,
    headline: linkHeadline(link),
    url: paymentLinkUrl(publicUrl, link.slug),
    state: linkState(link),
  }));
  return (
    <>
      <TableShell caption={caption} headings={HEADINGS} shownFrom="xl" fixed>
        {items.map(({ link, headline, url, state }) => (
          <tr key={link.id} className="hover:bg-slate-50">
            <td className="px-4 py-3">
              <Link
                href={`/dashboard/links/${link.id}`}
                className="block truncate font-semibold text-slate-900 hover:text-brand-700 hover:underline"
              >
                {headline.what}
              </Link>
              <span className="mt-0.5 block truncate font-mono text-xs text-slate-600" title={url}>
                {url}
              </span>
            </td>
            <td className="px-4 py-3 text-slate-800">
              {headline.chooses && <span className="block text-xs text-slate-600">Customer chooses</span>}
              <span className="tabular-nums">{headline.price}</span>
            </td>
            <td className="px-4 py-3">
              <LinkBadge state={state} />
            </td>
            <td className="px-4 py-3 tabular-nums text-slate-800">{completedLabel(link)}</td>
            <td className="whitespace-nowrap px-4 py-3 text-slate-600">
              <DateTime value={link.createdAt} />
            </td>
            <td className="px-4 py-3 text-right">
              <CopyButton value={url} label="Copy URL" about={headline.what} />
            </td>
          </tr>
        ))}
      </TableShell>
      <ul aria-label={caption} className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:hidden">
        {items.map(({ link, headline, url, state }) => (
          <li key={link.id} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <Link
                href={`/dashboard/links/${link.id}`}
                className="min-w-0 break-words font-semibold text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {headline.what}
              </Link>
              <LinkBadge state={state} />
            </div>
            <p className="mt-1 text-sm text-slate-800">
              {headline.chooses && <span className="text-slate-600">Customer chooses · </span>}
              <span className="tabular-nums">{headline.price}</span>
            </p>
            <p className="mt-1 truncate font-mono text-xs text-slate-600">{url}</p>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 text-xs text-slate-600">
              <span>
                {completedLabel(link)} completed · <DateTime value={link.createdAt} />
              </span>
              <CopyButton value={url} label="Copy URL" about={headline.what} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
