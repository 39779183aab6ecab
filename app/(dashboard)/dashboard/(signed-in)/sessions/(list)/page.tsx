import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { PageHeader } from '@/components/dashboard/page-header';
import { StatusTabs, statusListHref } from '@/components/dashboard/status-tabs';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { SessionsTable } from '@/components/dashboard/sessions-table';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { hasAnySession, listSessions, parseSessionStatus, SESSION_STATUSES } from '@/lib/dashboard/list-sessions';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';

export const metadata: Metadata = { title: 'Checkout sessions' };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const params = await searchParams;
  const ignored: string[] = [];
  const status = parseSessionStatus(params, ignored);
  const cursor = parsePageCursor(params, ignored, 'checkout_session');
  const page = await listSessions(db(), merchant.id, status, cursor);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');
  const anyAtAll = page.rows.length > 0 || (await hasAnySession(db(), merchant.id));

  return (
    <>
      <PageHeader
        title="Checkout sessions"
        description="Every checkout you created (through the API or a payment link), newest first. Times are UTC."
      />
      <div className="space-y-4">
        {anyAtAll && <StatusTabs path="/dashboard/sessions" current={status} labels={SESSION_STATUSES} />}
        <IgnoredFilters notes={ignored} />
        {page.rows.length > 0 ? (
          <>
            <SessionsTable
              rows={page.rows}
              caption={
                status
                  ? `${SESSION_STATUSES[status]} checkout sessions, newest first`
                  : 'Checkout sessions, newest first'
              }
            />
            <PaginationLinks
              label="Pages of checkout sessions"
              previous={page.previous}
              next={page.next}
              href={(position) => statusListHref('/dashboard/sessions', status, position)}
            />
          </>
        ) : anyAtAll ? (
          <EmptyState title={`No ${status ? SESSION_STATUSES[status].toLowerCase() : ''} checkout sessions`}>
            <Link href="/dashboard/sessions" className="font-medium text-brand-700 underline">
              Show every session
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No checkout sessions yet">
            A session is created for every checkout: with <code>POST /api/v1/checkout/sessions</code> (see the{' '}
            <Link href="/docs/api" className="font-medium text-brand-700 underline">
              API reference
            </Link>
            ) or each time a customer opens one of your payment links.
          </EmptyState>
        )}
      </div>
    </>
  );
}
