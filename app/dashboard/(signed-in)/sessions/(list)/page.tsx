import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { PageHeader } from '@/components/dashboard/page-header';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { SessionsTable } from '@/components/dashboard/sessions-table';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { hasAnySession, listSessions, parseSessionStatus, SESSION_STATUSES, type SessionStatusFilter } from '@/lib/dashboard/list-sessions';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';

export const metadata: Metadata = { title: 'Checkout sessions' };

function sessionsHref(status: SessionStatusFilter | undefined, position?: { before: string } | { after: string }): string {
  const query = new URLSearchParams({ ...(status && { status }), ...position });
  return `/dashboard/sessions${query.size ? `?${query}` : ''}`;
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const params = await searchParams;
  const ignored: string[] = [];
  const status = parseSessionStatus(params, ignored);
  const cursor = parsePageCursor(params, ignored);
  const page = await listSessions(db(), merchant.id, status, cursor);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');
  const anyAtAll = page.rows.length > 0 || (await hasAnySession(db(), merchant.id));
  const tabs: [SessionStatusFilter | undefined, string][] = [[undefined, 'All'], ...(Object.entries(SESSION_STATUSES) as [SessionStatusFilter, string][])];

  return (
    <>
      <PageHeader title="Checkout sessions" description="Every checkout you created (through the API or a payment link), newest first. Times are UTC." />
      <div className="space-y-4">
        {anyAtAll && (
          <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
            {tabs.map(([value, label]) => (
              <Link
                key={label}
                href={sessionsHref(value)}
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
            <SessionsTable rows={page.rows} caption={status ? `${SESSION_STATUSES[status]} checkout sessions, newest first` : 'Checkout sessions, newest first'} />
            <PaginationLinks label="Pages of checkout sessions" previous={page.previous} next={page.next} href={(position) => sessionsHref(status, position)} />
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
