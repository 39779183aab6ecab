import { readQuantityBounds } from '@/lib/line-items/adjustable-quantity';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/dashboard/back-link';
import { cardLabel } from '@/components/dashboard/card-label';
import { CopyButton } from '@/components/dashboard/copy-button';
import { DateTime } from '@/components/dashboard/date-time';
import { ObjectHeader } from '@/components/dashboard/object-header';
import { PaymentBadge, SessionBadge } from '@/components/dashboard/payment-badge';
import { DetailList, Section } from '@/components/dashboard/section';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { loadSessionDetail } from '@/lib/dashboard/load-session-detail';
import { db } from '@/lib/db/db';
import { publicUrl } from '@/lib/merchant-api/api-settings';
import { formatAmount } from '@/lib/money/format-amount';
import { MetadataList } from '@/components/dashboard/metadata-list';
import { PaymentLinkRef } from '@/components/dashboard/links/payment-link-ref';
import { CodeValue } from '@/components/ui/code-value';
import { SessionRecoverySection } from '@/components/dashboard/session-recovery-section';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Checkout session ${(await params).id}` };
}

export default async function SessionPage({ params }: Props) {
  const { merchant } = await requireDashboardUser();
  const session = await loadSessionDetail(db(), merchant.id, (await params).id);
  if (!session) notFound();
  const money = (amount: number) => formatAmount(amount, session.currency);
  const hostedUrl = `${publicUrl()}/c/${session.id}`;
  const metadata = Object.entries(session.metadata as Record<string, string>);
  const { payment } = session;

  return (
    <>
      <BackLink href="/dashboard/sessions">Checkout sessions</BackLink>
      <ObjectHeader
        kind="Checkout session"
        title={money(session.amountTotal)}
        badge={<SessionBadge status={session.status} />}
        id={session.id}
        meta={
          <>
            <span>{session.customerEmail ?? 'No customer email yet'}</span>
            <DateTime value={session.createdAt} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section id="items" title="Line items" flush>
            <div role="region" aria-labelledby="items" tabIndex={0} className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">What the customer is asked to pay for</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-5 py-2.5 font-medium">
                      Item
                    </th>
                    <th scope="col" className="px-3 py-2.5 text-right font-medium">
                      Qty
                    </th>
                    <th scope="col" className="hidden px-3 py-2.5 text-right font-medium sm:table-cell">
                      Unit price
                    </th>
                    <th scope="col" className="px-5 py-2.5 text-right font-medium">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {session.lineItems.map((item) => (
                    <tr key={item.id}>
                      <th scope="row" className="px-5 py-2.5 font-normal text-slate-900">
                        {item.name}
                        {readQuantityBounds(item.adjustableQuantity) && (
                          <span className="block text-xs text-slate-500">Quantity chosen by the customer</span>
                        )}
                      </th>
                      <td className="px-3 py-2.5 text-right tabular-nums text-slate-700">{item.quantity}</td>
                      <td className="hidden px-3 py-2.5 text-right tabular-nums text-slate-700 sm:table-cell">
                        {money(item.unitAmount)}
                      </td>
                      <td className="px-5 py-2.5 text-right tabular-nums text-slate-900">
                        {money(item.unitAmount * item.quantity)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t border-slate-200 font-semibold text-slate-900">
                    <th scope="row" className="px-5 py-3 text-left">
                      Total
                    </th>
                    <td />
                    <td className="hidden sm:table-cell" />
                    <td className="px-5 py-3 text-right tabular-nums">{money(session.amountTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </Section>
          <Section id="payment" title="Payment">
            {payment ? (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/dashboard/payments/${payment.id}`} className="font-semibold text-brand-700 underline">
                      {money(payment.amount)} payment
                    </Link>
                    <PaymentBadge payment={payment} />
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {cardLabel(payment.cardBrand, payment.cardLast4) ?? 'No card yet'} · started{' '}
                    <DateTime value={payment.createdAt} />
                  </p>
                </div>
                <code className="break-all text-xs text-slate-600">{payment.id}</code>
              </div>
            ) : (
              <p className="text-sm text-slate-600">
                {session.status === 'open'
                  ? 'The customer has not pressed Pay yet.'
                  : 'The customer never pressed Pay.'}
              </p>
            )}
          </Section>
          {metadata.length > 0 && (
            <Section id="metadata" title="Metadata">
              <MetadataList entries={metadata} />
            </Section>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          <Section id="details" title="Details">
            <DetailList
              stacked
              items={[
                { label: 'Status', value: <code>{session.status}</code> },
                { label: 'Created', value: <DateTime value={session.createdAt} /> },
                session.status === 'complete' && session.completedAt
                  ? { label: 'Completed', value: <DateTime value={session.completedAt} /> }
                  : session.status === 'expired'
                    ? { label: 'Expired', value: <DateTime value={session.expiredAt ?? session.expiresAt} /> }
                    : { label: 'Expires', value: <DateTime value={session.expiresAt} /> },
                { label: 'Customer', value: session.customerEmail ?? '—' },
                { label: 'Your reference', value: session.clientReferenceId ?? '—' },
                {
                  label: 'Payment link',
                  value: <PaymentLinkRef link={session.paymentLink} />,
                },
                {
                  label: 'Success URL',
                  value: <CodeValue value={session.successUrl} fallback="Tillpoint’s confirmation page" />,
                },
                {
                  label: 'Cancel URL',
                  value: <CodeValue value={session.cancelUrl} fallback="None" />,
                },
                {
                  label: 'Checkout',
                  value:
                    session.uiMode === 'embedded'
                      ? `Embedded${session.embedOrigin ? ` on ${session.embedOrigin}` : ''}`
                      : 'Hosted page',
                },
                { label: '3-D Secure', value: session.threeDSecureUi === 'redirect' ? 'By redirect' : 'In a pop-up' },
                { label: 'Language', value: session.locale ?? 'The customer’s browser' },
              ]}
            />
          </Section>
          <SessionRecoverySection session={session} publicUrl={publicUrl()} />
          {session.status === 'open' && (
            <Section id="hosted-page" title="Hosted page" description="Send the customer here to pay.">
              <p className="break-all text-sm">
                <a href={hostedUrl} className="font-medium text-brand-700 underline">
                  {hostedUrl}
                </a>
              </p>
              <div className="mt-3">
                <CopyButton value={hostedUrl} label="Copy link" />
              </div>
            </Section>
          )}
        </div>
      </div>
    </>
  );
}
