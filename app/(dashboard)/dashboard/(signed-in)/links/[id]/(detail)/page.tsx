import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/dashboard/back-link';
import { DateTime } from '@/components/dashboard/date-time';
import { EmptyState } from '@/components/dashboard/empty-state';
import { IgnoredFilters } from '@/components/dashboard/ignored-filters';
import { LinkActiveToggle } from '@/components/dashboard/links/link-active-toggle';
import { LinkBadge } from '@/components/dashboard/links/link-badge';
import { LinkCheckoutSummary } from '@/components/dashboard/links/link-checkout-summary';
import { LinkCompletions } from '@/components/dashboard/links/link-completions';
import { LinkShare } from '@/components/dashboard/links/link-share';
import { ObjectHeader } from '@/components/dashboard/object-header';
import { PaginationLinks } from '@/components/dashboard/pagination-links';
import { DetailList, Section } from '@/components/dashboard/section';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { completedLabel, linkHeadline, linkState } from '@/lib/dashboard/links/link-headline';
import { listLinkCompletions } from '@/lib/dashboard/links/list-link-completions';
import { loadLink } from '@/lib/dashboard/links/load-link';
import { parsePageCursor } from '@/lib/dashboard/page-cursor';
import type { SearchParams } from '@/lib/dashboard/search-params';
import { db } from '@/lib/db/db';
import { inactiveMessageOf } from '@/lib/sessions/link-availability';
import { linkLineItems } from '@/lib/objects/link-line-items';
import { paymentLinkUrl } from '@/lib/objects/payment-link-url';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { MAX_AMOUNT } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { MetadataList } from '@/components/dashboard/metadata-list';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Payment link ${(await params).id}` };
}

export default async function PaymentLinkPage({ params, searchParams }: Props) {
  const { merchant } = await requireDashboardUser();
  const link = await loadLink(db(), merchant.id, (await params).id);
  if (!link) notFound();
  const ignored: string[] = [];
  const completions = await listLinkCompletions(
    db(),
    merchant.id,
    link.id,
    parsePageCursor(await searchParams, ignored, 'checkout_session'),
  );
  if (completions.cursorIgnored)
    ignored.push('That page of completions does not exist, so the list starts from the newest.');
  const headline = linkHeadline(link);
  const state = linkState(link);
  const url = paymentLinkUrl(publicUrl(), link.slug);
  const money = (amount: number) => formatAmount(amount, link.currency);
  const items = linkLineItems(link);
  const metadata = Object.entries(link.metadata as Record<string, string>);
  const pageHref = (position: { before: string } | { after: string }) =>
    `/dashboard/links/${link.id}?${new URLSearchParams(position)}#completions`;

  return (
    <>
      <BackLink href="/dashboard/links">Payment links</BackLink>
      <ObjectHeader
        kind="Payment link"
        title={headline.what}
        badge={<LinkBadge state={state} />}
        id={link.id}
        meta={
          <>
            <span>{headline.chooses ? `Customer chooses ${headline.price}` : headline.price}</span>
            <span>{completedLabel(link)} completed</span>
            <span>
              Created <DateTime value={link.createdAt} />
            </span>
          </>
        }
      />
      <div className="mb-6 flex flex-wrap gap-2">
        <Link href={`/dashboard/links/${link.id}/edit`} className="btn-secondary">
          Edit
        </Link>
        <LinkActiveToggle
          linkId={link.id}
          active={link.active}
          inactiveMessage={inactiveMessageOf(link)}
          limitReached={link.completedLimit !== null && link.completedCount >= link.completedLimit}
        />
      </div>
      {state !== 'active' && (
        <div
          role="status"
          className="mb-6 rounded-xl border border-amber-200 bg-amber-50 px-5 py-4 text-sm text-amber-900"
        >
          <p className="font-medium">
            {state === 'inactive'
              ? 'This link is deactivated.'
              : `This link reached its limit of ${link.completedLimit} completed payments.`}{' '}
            Customers who open it read:
          </p>
          <p className="mt-1 whitespace-pre-line">“{inactiveMessageOf(link)}”</p>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section id="share" title="Share">
            <LinkShare url={url} slug={link.slug} what={headline.what} />
          </Section>
          <Section
            id="completions"
            title="Completions"
            description="Customers who paid through this link, the most recent first."
            flush
          >
            {ignored.length > 0 && (
              <div className="px-5 pt-4">
                <IgnoredFilters notes={ignored} />
              </div>
            )}
            {completions.rows.length > 0 ? (
              <>
                <LinkCompletions rows={completions.rows} />
                {(completions.previous || completions.next) && (
                  <div className="border-t border-slate-100 px-5 py-3">
                    <PaginationLinks
                      label="Pages of completions"
                      previous={completions.previous}
                      next={completions.next}
                      href={pageHref}
                    />
                  </div>
                )}
              </>
            ) : (
              <div className="p-5">
                <EmptyState title="No completed payments yet">
                  A payment shows here once a customer paid through the link and Stripe confirmed it. Open the link to
                  try it yourself with a test card.
                </EmptyState>
              </div>
            )}
          </Section>
        </div>
        <div className="min-w-0 space-y-6">
          {headline.chooses ? (
            <Section id="amount" title="Customer-chosen amount">
              <DetailList
                stacked
                items={[
                  { label: 'Pays for', value: link.customAmountName },
                  { label: 'Minimum', value: money(link.customAmountMin!) },
                  {
                    label: 'Maximum',
                    value: link.customAmountMax! >= MAX_AMOUNT ? 'No maximum' : money(link.customAmountMax!),
                  },
                  {
                    label: 'Suggested amount',
                    value: link.customAmountPreset === null ? 'None' : money(link.customAmountPreset),
                  },
                ]}
              />
            </Section>
          ) : (
            <Section id="items" title="Items">
              <ul className="divide-y divide-slate-100 text-sm">
                {items.map((item, index) => (
                  <li key={index} className="flex justify-between gap-3 py-2 first:pt-0">
                    <span className="min-w-0 break-words text-slate-800">
                      {item.name}
                      {item.quantity > 1 && <span className="text-slate-600"> × {item.quantity}</span>}
                    </span>
                    <span className="shrink-0 tabular-nums text-slate-900">
                      {money(item.unit_amount * item.quantity)}
                    </span>
                  </li>
                ))}
                <li className="flex justify-between gap-3 pt-2 font-semibold text-slate-900">
                  <span>Total</span>
                  <span className="tabular-nums">{headline.price}</span>
                </li>
              </ul>
            </Section>
          )}
          <Section id="settings" title="Settings">
            <DetailList
              stacked
              items={[
                { label: 'Currency', value: link.currency.toUpperCase() },
                {
                  label: 'Limit of completed payments',
                  value:
                    link.completedLimit === null
                      ? `No limit (${link.completedCount} so far)`
                      : `${link.completedCount} of ${link.completedLimit}`,
                },
                {
                  label: 'After payment',
                  value:
                    link.afterCompletion === 'redirect' ? (
                      <>
                        Redirect to <code className="break-all">{link.redirectUrl}</code>
                      </>
                    ) : link.confirmationMessage ? (
                      <>
                        Confirmation page with the message{' '}
                        <span className="whitespace-pre-line">“{link.confirmationMessage}”</span>
                      </>
                    ) : (
                      'Tillpoint’s confirmation page'
                    ),
                },
                {
                  label: '3-D Secure',
                  value: link.threeDSecureUi === 'redirect' ? 'By redirect to the bank’s page' : 'In a pop-up',
                },
                {
                  label: 'Inactive message',
                  value: (
                    <span className="whitespace-pre-line">
                      {inactiveMessageOf(link)}
                      {link.inactiveMessage === null && <span className="text-slate-600"> (the default)</span>}
                    </span>
                  ),
                },
                { label: 'Last changed', value: <DateTime value={link.updatedAt} /> },
              ]}
            />
          </Section>
          <LinkCheckoutSummary link={link} />
          {metadata.length > 0 && (
            <Section
              id="metadata"
              title="Metadata"
              description="Copied to each checkout opened from the link. Set through the API."
            >
              <MetadataList entries={metadata} />
            </Section>
          )}
        </div>
      </div>
    </>
  );
}
