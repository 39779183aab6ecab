import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/dashboard/empty-state';
import { PageHeader } from '@/components/dashboard/page-header';
import { PeriodStatsCards } from '@/components/dashboard/period-stats';
import { Section } from '@/components/dashboard/section';
import { VolumeChart } from '@/components/dashboard/volume-chart';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { loadOverview, OVERVIEW_DAYS } from '@/lib/dashboard/load-overview';
import { firstParam, type SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { merchant } = await requireDashboardUser();
  const overview = await loadOverview(db(), merchant.id);
  const currencies = overview.last30Days.volumes.map((volume) => volume.currency);
  const asked = firstParam(await searchParams, 'currency');
  const currency = asked && currencies.includes(asked) ? asked : currencies[0];

  return (
    <>
      <PageHeader
        title="Overview"
        description={`How ${merchant.name} is doing. Days are UTC days: today began at 00:00 UTC.`}
      />
      <div className="space-y-8">
        <PeriodStatsCards id="today" title="Today" note="since 00:00 UTC" stats={overview.today} />
        <PeriodStatsCards
          id="last-30-days"
          title={`Last ${OVERVIEW_DAYS} days`}
          note="including today"
          stats={overview.last30Days}
        />

        <Section
          id="daily-volume"
          title={`Daily volume${currency ? ` in ${currency.toUpperCase()}` : ''}`}
          description={`Succeeded payments per UTC day over the last ${OVERVIEW_DAYS} days, before refunds.`}
          actions={
            currencies.length > 1 && (
              <nav aria-label="Currency of the chart" className="flex flex-wrap gap-1.5">
                {currencies.map((code) => (
                  <Link
                    key={code}
                    href={`/dashboard?currency=${code}`}
                    aria-current={code === currency ? 'true' : undefined}
                    className={`rounded-full px-3 py-1 text-xs font-semibold uppercase ${code === currency ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200'}`}
                  >
                    {code}
                  </Link>
                ))}
              </nav>
            )
          }
        >
          {currency ? (
            <VolumeChart days={overview.days} amounts={overview.dailyVolume[currency]!} currency={currency} />
          ) : (
            <EmptyState title={`No succeeded payments in the last ${OVERVIEW_DAYS} days`}>
              The chart fills in as customers pay. Create a checkout session with the{' '}
              <Link href="/docs/api" className="font-medium text-brand-700 underline">
                API
              </Link>{' '}
              or share a payment link to take your first payment.
            </EmptyState>
          )}
        </Section>

        <Section id="definitions" title="How these numbers are counted">
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            <Definition term="Attempted payment">
              A payment exists once a customer pressed Pay on a checkout page; it counts on the UTC day it was created,
              whatever happened later.
            </Definition>
            <Definition term="Gross volume">
              The amounts of succeeded payments, before refunds, per currency. Different currencies are never added
              together.
            </Definition>
            <Definition term="Success rate">
              Succeeded payments ÷ attempted payments that have an outcome (succeeded, failed or canceled). Payments
              still waiting on the customer or the bank are left out until they finish.
            </Definition>
            <Definition term="3-D Secure challenge rate">
              Attempted payments whose bank asked the customer to authenticate (the payment went through “waiting on
              customer”) ÷ attempted payments.
            </Definition>
          </dl>
        </Section>
      </div>
    </>
  );
}

function Definition({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd className="mt-1 text-slate-600">{children}</dd>
    </div>
  );
}
