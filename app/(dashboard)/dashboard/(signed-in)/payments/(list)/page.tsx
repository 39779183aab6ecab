import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { PageHeader } from '@/components/dashboard/page-header';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { PaymentFiltersForm } from '@/components/dashboard/payment-filters-form';
import { PaymentsTable } from '@/components/dashboard/payments-table';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { hasAnyPayment, listPayments } from '@/lib/dashboard/list-payments';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import { parsePaymentFilters, paymentFilterQuery } from '@/lib/dashboard/payment-filters';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';

export const metadata: Metadata = { title: 'Payments' };

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const params = await searchParams;
  const ignored: string[] = [];
  const filters = parsePaymentFilters(params, ignored);
  const cursor = parsePageCursor(params, ignored, 'payment');
  const page = await listPayments(db(), merchant.id, filters, cursor);
  if (page.cursorIgnored) ignored.push('That page of the list does not exist, so the list starts from the newest.');
  const filtered = Object.keys(filters).length > 0;
  const anyAtAll = page.rows.length > 0 || (await hasAnyPayment(db(), merchant.id));

  return (
    <>
      <PageHeader
        title="Payments"
        description="Every payment customers started on your checkout pages, newest first. Times are UTC."
      />
      <div className="space-y-4">
        {(anyAtAll || filtered) && <PaymentFiltersForm filters={filters} />}
        <IgnoredFilters notes={ignored} />
        {page.rows.length > 0 ? (
          <>
            <PaymentsTable
              rows={page.rows}
              caption={filtered ? 'Payments matching the filters, newest first' : 'Payments, newest first'}
            />
            <PaginationLinks
              label="Pages of payments"
              previous={page.previous}
              next={page.next}
              href={(position) => `/dashboard/payments${paymentFilterQuery(filters, position)}`}
            />
          </>
        ) : anyAtAll ? (
          <EmptyState title="No payments match these filters">
            Try a wider date range or another status, or{' '}
            <Link href="/dashboard/payments" className="font-medium text-brand-700 underline">
              clear the filters
            </Link>
            .
          </EmptyState>
        ) : (
          <EmptyState title="No payments yet">
            A payment appears here as soon as a customer presses Pay on one of your checkout pages. Create a checkout
            session with the{' '}
            <Link href="/docs/api" className="font-medium text-brand-700 underline">
              API
            </Link>{' '}
            or share a payment link to get started.
          </EmptyState>
        )}
      </div>
    </>
  );
}
