import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { LinksTable } from '@/components/dashboard/links/links-table';
import { PageHeader } from '@/components/dashboard/page-header';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { hasAnyLink, LINK_STATUSES, listLinks, parseLinkStatus, type LinkStatusFilter } from '@/lib/dashboard/links/list-links';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';
import { publicUrl } from '@/lib/merchant-api/api-settings';

export const metadata: Metadata = { title: 'Payment links' };

function linksHref(status: LinkStatusFilter | undefined, position?: { before: string } | { after: string }): string {
  const query = new URLSearchParams({ ...(status && { status }), ...position });
  return `/dashboard/links${query.size ? `?${query}` : ''}`;
}

export default async function PaymentLinksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const params = await searchParams;
  const ignored: string[] = [];
  const status = parseLinkStatus(params, ignored);
  const cursor = parsePageCursor(params, ignored);
  const page = await listLinks(db(), merchant.id, status, cursor);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');
  const anyAtAll = page.rows.length > 0 || (await hasAnyLink(db(), merchant.id));
  const tabs: [LinkStatusFilter | undefined, string][] = [[undefined, 'All'], ...(Object.entries(LINK_STATUSES) as [LinkStatusFilter, string][])];

  return (
    <>
      <PageHeader
        title="Payment links"
        description="Shareable pages where every customer gets a checkout of their own. Links are deactivated, never deleted. Times are UTC."
        actions={
          anyAtAll && (
            <Link href="/dashboard/links/new" className="btn-primary">
              Create payment link
            </Link>
          )
        }
      />
      <div className="space-y-4">
        {anyAtAll && (
          <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
            {tabs.map(([value, label]) => (
              <Link
                key={label}
                href={linksHref(value)}
                aria-current={value === status ? 'page' : undefined}
                className={`rounded-full px-3.5 py-1.5 text-sm font-medium ${value === status ? 'bg-brand-600 text-white' : 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
              >
                {label}
              </Link>
            ))}
          </nav>
        )}
        <IgnoredFilters notes={ignored} />
        {page.rows.length > 0 ? (
          <>
            <LinksTable rows={page.rows} publicUrl={publicUrl()} caption={status ? `${LINK_STATUSES[status]} payment links, newest first` : 'Payment links, newest first'} />
            <PaginationLinks label="Pages of payment links" previous={page.previous} next={page.next} href={(position) => linksHref(status, position)} />
          </>
        ) : anyAtAll ? (
          <EmptyState title={`No ${status ? LINK_STATUSES[status].toLowerCase() : ''} payment links`}>
            {status === 'inactive' ? 'Every link is taking payments. ' : 'No link is taking payments right now. '}
            <Link href="/dashboard/links" className="font-medium text-brand-700 underline">
              Show every link
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No payment links yet">
            <p>A payment link is one address you share in a message, an invoice or a QR code: every customer who opens it pays through a checkout of their own.</p>
            <p className="mt-4">
              <Link href="/dashboard/links/new" className="btn-primary">
                Create your first payment link
              </Link>
            </p>
          </EmptyState>
        )}
      </div>
    </>
  );
}
