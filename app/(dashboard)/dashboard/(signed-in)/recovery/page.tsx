import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { PageHeader } from '@/components/dashboard/page-header';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { RecoveryTable } from '@/components/dashboard/recovery-table';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { listRecoverableSessions } from '@/lib/dashboard/list-recoverable-sessions';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';

export const metadata: Metadata = { title: 'Checkout recovery' };

const position = (cursor: { before: string } | { after: string }) =>
  `/dashboard/recovery?${new URLSearchParams(cursor)}`;

export default async function RecoveryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const ignored: string[] = [];
  const cursor = parsePageCursor(await searchParams, ignored, 'checkout_session');
  const page = await listRecoverableSessions(db(), merchant.id, cursor, appEnv().TILLPOINT_PUBLIC_URL);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');

  return (
    <>
      <PageHeader
        title="Checkout recovery"
        description="Expired checkouts that have a recovery URL, newest first. Send the URL to the customer: it opens a new checkout with the same order, once, until the date shown. Times are UTC."
      />
      <div className="space-y-4">
        <IgnoredFilters notes={ignored} />
        {page.rows.length > 0 ? (
          <>
            <RecoveryTable rows={page.rows} caption="Expired checkouts with a recovery URL, newest first" />
            <PaginationLinks
              label="Pages of recoverable checkouts"
              previous={page.previous}
              next={page.next}
              href={position}
            />
          </>
        ) : (
          <EmptyState title="No recoverable checkouts yet">
            A checkout session gets a recovery URL when it expires unpaid, was created with{' '}
            <code>{'"after_expiration": { "recovery": { "enabled": true } }'}</code> and the customer’s email is known
            (see the{' '}
            <Link href="/docs/api" className="font-medium text-brand-700 underline">
              API reference
            </Link>
            ).
          </EmptyState>
        )}
      </div>
    </>
  );
}
