import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { LinksTable } from '@/components/dashboard/links/links-table';
import { PageHeader } from '@/components/dashboard/page-header';
import { StatusTabs, statusListHref } from '@/components/dashboard/status-tabs';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { hasAnyLink, LINK_STATUSES, listLinks, parseLinkStatus } from '@/lib/dashboard/links/list-links';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';
import { publicUrl } from '@/lib/merchant-api/api-settings';

export const metadata: Metadata = { title: 'Payment links' };

export default async function PaymentLinksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const params = await searchParams;
  const ignored: string[] = [];
  const status = parseLinkStatus(params, ignored);
  const cursor = parsePageCursor(params, ignored, 'payment_link');
  const page = await listLinks(db(), merchant.id, status, cursor);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');
  const anyAtAll = page.rows.length > 0 || (await hasAnyLink(db(), merchant.id));

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
        {anyAtAll && <StatusTabs path="/dashboard/links" current={status} labels={LINK_STATUSES} />}
        <IgnoredFilters notes={ignored} />
        {page.rows.length > 0 ? (
          <>
            <LinksTable
              rows={page.rows}
              publicUrl={publicUrl()}
              caption={status ? `${LINK_STATUSES[status]} payment links, newest first` : 'Payment links, newest first'}
            />
            <PaginationLinks
              label="Pages of payment links"
              previous={page.previous}
              next={page.next}
              href={(position) => statusListHref('/dashboard/links', status, position)}
            />
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
            <p>
              A payment link is one address you share in a message, an invoice or a QR code: every customer who opens it
              pays through a checkout of their own.
            </p>
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
