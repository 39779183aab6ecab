import { BoughtQuantity } from '@/components/dashboard/bought-quantity';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthorizationPanel } from '@/components/dashboard/authorization-panel';
import { BackLink } from '@/components/dashboard/back-link';
import { cardLabel } from '@/components/dashboard/card-label';
import { CustomerDetailsPanel } from '@/components/dashboard/customer-details-panel';
import { DateTime } from '@/components/dashboard/date-time';
import { ObjectHeader } from '@/components/dashboard/object-header';
import { PaymentAnomalies } from '@/components/dashboard/payment-anomalies';
import { PaymentBadge } from '@/components/dashboard/payment-badge';
import { PaymentTimeline } from '@/components/dashboard/payment-timeline';
import { RefundsPanel } from '@/components/dashboard/refunds-panel';
import { DetailList, Section } from '@/components/dashboard/section';
import { StripeEventsList } from '@/components/dashboard/stripe-events-list';
import { WebhookDeliveries } from '@/components/dashboard/webhook-deliveries';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { loadPaymentDetail } from '@/lib/dashboard/load-payment-detail';
import { db } from '@/lib/db/db';
import { formatAmount } from '@/lib/money/format-amount';
import { customerMessage } from '@/lib/objects/failure-messages';
import { publicPaymentStatus } from '@/lib/objects/public-payment-status';
import { PaymentLinkRef } from '@/components/dashboard/links/payment-link-ref';
import { CodeValue } from '@/components/ui/code-value';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Payment ${(await params).id}` };
}

export default async function PaymentPage({ params }: Props) {
  const { merchant } = await requireDashboardUser();
  const detail = await loadPaymentDetail(db(), merchant.id, (await params).id);
  if (!detail) notFound();
  const { payment, stripeEvents, merchantEvents } = detail;
  const { session } = payment;
  const money = (amount: number) => formatAmount(amount, payment.currency);
  const card = cardLabel(payment.cardBrand, payment.cardLast4);
  const failed =
    payment.lastErrorCode && (payment.status === 'requires_payment_method' || payment.status === 'canceled');

  return (
    <>
      <BackLink href="/dashboard/payments">Payments</BackLink>
      <ObjectHeader
        kind="Payment"
        title={money(payment.amount)}
        badge={<PaymentBadge payment={payment} />}
        id={payment.id}
        meta={
          <>
            <span>{session.customerEmail ?? 'No customer email'}</span>
            {card && <span>{card}</span>}
            <DateTime value={payment.createdAt} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {payment.anomalies.length > 0 && <PaymentAnomalies anomalies={payment.anomalies} />}
          {failed && (
            <section aria-labelledby="failure" className="rounded-xl border border-red-200 bg-red-50 px-5 py-4">
              <h2 id="failure" className="text-sm font-semibold text-red-900">
                What the customer was told
              </h2>
              <p className="mt-1 text-sm text-red-900">
                “{payment.lastErrorMessage ?? customerMessage(payment.lastErrorCode, payment.lastDeclineCode)}”
              </p>
              <p className="mt-2 text-xs text-red-800">
                Error <code>{payment.lastErrorCode}</code>
                {payment.lastDeclineCode && (
                  <>
                    {' '}
                    · decline code <code>{payment.lastDeclineCode}</code>
                  </>
                )}
                {payment.threeDSecureFailure && (
                  <>
                    {' '}
                    · 3-D Secure <code>{payment.threeDSecureFailure}</code>
                  </>
                )}
              </p>
            </section>
          )}
          {payment.captureMethod === 'manual' && (
            <Section
              id="capture"
              title="Capture"
              description="The card was authorized at checkout; it is charged only when you capture. Stripe releases an authorization left uncaptured for 7 days."
            >
              <AuthorizationPanel payment={payment} cardText={card ?? 'card'} />
            </Section>
          )}
          <Section id="refunds" title="Refunds">
            <RefundsPanel payment={payment} refunds={payment.refunds} cardText={card ?? 'card'} />
          </Section>
          <Section
            id="timeline"
            title="Timeline"
            description="Every status change, what caused it and when. A Stripe webhook is a trigger: Tillpoint then reads the payment back from Stripe."
          >
            <PaymentTimeline timeline={payment.timeline} stripeEvents={stripeEvents} amount={payment.amount} />
          </Section>
          <Section
            id="webhooks"
            title="Webhook deliveries"
            description="Events Tillpoint sent to your endpoints about this payment and its checkout session."
          >
            <WebhookDeliveries events={merchantEvents} />
          </Section>
          <Section
            id="stripe-events"
            title="Stripe events received"
            description="Verified webhooks from Stripe about this payment."
          >
            <StripeEventsList events={stripeEvents} />
          </Section>
        </div>
        <div className="min-w-0 space-y-6">
          <Section id="details" title="Details">
            <DetailList
              stacked
              items={[
                { label: 'Amount', value: money(payment.amount) },
                ...discountDetails(payment, session.promotionCode, money),
                ...(payment.captureMethod === 'manual'
                  ? [
                      {
                        label: 'Captured',
                        value: money(payment.status === 'succeeded' ? (payment.amountCaptured ?? payment.amount) : 0),
                      },
                    ]
                  : []),
                { label: 'Refunded', value: money(payment.amountRefunded) },
                { label: 'Status', value: <code>{publicPaymentStatus(payment.status)}</code> },
                { label: 'Customer', value: session.customerEmail ?? '—' },
                { label: 'Card', value: card ?? '—' },
                {
                  label: 'Checkout session',
                  value: (
                    <Link
                      href={`/dashboard/sessions/${session.id}`}
                      className="break-all font-medium text-brand-700 underline"
                    >
                      {session.id}
                    </Link>
                  ),
                },
                {
                  label: 'Payment link',
                  value: <PaymentLinkRef link={session.paymentLink} />,
                },
                {
                  label: 'Stripe payment',
                  value: <CodeValue value={payment.stripePaymentIntentId} fallback="—" />,
                },
                { label: 'Created', value: <DateTime value={payment.createdAt} /> },
                { label: 'Succeeded', value: payment.succeededAt ? <DateTime value={payment.succeededAt} /> : '—' },
              ]}
            />
          </Section>
          <CustomerDetailsPanel collected={session.collected} />
          <Section id="items" title="Items">
            <ul className="divide-y divide-slate-100 text-sm">
              {session.lineItems.map((item) => (
                <li key={item.id} className="flex justify-between gap-3 py-2 first:pt-0">
                  <span className="min-w-0 text-slate-800">
                    {item.name}
                    <BoughtQuantity quantity={item.quantity} adjustableQuantity={item.adjustableQuantity} />
                  </span>
                  <span className="shrink-0 tabular-nums text-slate-900">{money(item.unitAmount * item.quantity)}</span>
                </li>
              ))}
              <li className="flex justify-between gap-3 pt-2 font-semibold text-slate-900">
                <span>Total</span>
                <span className="tabular-nums">{money(session.amountTotal)}</span>
              </li>
            </ul>
          </Section>
        </div>
      </div>
    </>
  );
}

/** The discount lines of a discounted payment (`amount` is what was charged, after the discount). */
function discountDetails(
  payment: { amount: number; amountDiscount: number; couponId: string | null },
  code: { code: string } | null,
  money: (amount: number) => string,
) {
  if (!payment.couponId) return [];
  return [
    { label: 'Subtotal', value: money(payment.amount + payment.amountDiscount) },
    {
      label: 'Discount',
      value: (
        <span data-testid="payment-discount">
          −{money(payment.amountDiscount)} ({code ? <code>{code.code}</code> : <code>{payment.couponId}</code>})
        </span>
      ),
    },
  ];
}
