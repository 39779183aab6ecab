import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderSummary } from '@/components/checkout/order-summary';
import { PaymentForm } from '@/components/checkout/payment-form';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { getCheckoutState, type CheckoutView } from '@/lib/checkout/checkout-state';
import { returnUrlFor } from '@/lib/checkout/payment-step';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { brandTheme } from '@/lib/merchants/brand-theme';
import { formatAmount } from '@/lib/money/format-amount';
import { linkRefusalTitle } from '@/lib/sessions/link-refusal-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

export default async function CheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const state = await getCheckoutState(db(), sessionId);
  if (state.kind === 'not_found') notFound();
  const { view } = state;
  const locale = customerLocale(view.locale, (await headers()).get('accept-language'));

  switch (state.kind) {
    case 'paid':
      return (
        <CheckoutShell brandColor={view.merchant.brandColor}>
          <StatusCard tone="success" title="This checkout has been paid">
            <p>
              {view.merchant.name} received {formatAmount(view.amountTotal, view.currency, locale)}. Nothing more to do
              here.
            </p>
            {state.paymentId && (
              <Link
                className="font-medium text-brand-700 underline underline-offset-2"
                href={returnUrlFor('', state.paymentId)}
              >
                View the receipt
              </Link>
            )}
          </StatusCard>
        </CheckoutShell>
      );
    case 'expired':
      return (
        <CheckoutShell brandColor={view.merchant.brandColor}>
          <StatusCard tone="warning" title="This checkout has expired">
            <p>No payment was taken. Return to {view.merchant.name} to start again.</p>
            {view.cancelUrl && (
              <a className="font-medium text-brand-700 underline underline-offset-2" href={view.cancelUrl}>
                Back to {view.merchant.name}
              </a>
            )}
          </StatusCard>
        </CheckoutShell>
      );
    case 'link_unavailable':
      return (
        <CheckoutShell brandColor={view.merchant.brandColor}>
          <StatusCard tone="warning" title={linkRefusalTitle(state.message)}>
            <p className="whitespace-pre-line">{state.message}</p>
            <p>No payment was taken.</p>
          </StatusCard>
        </CheckoutShell>
      );
    case 'open':
      return <OpenCheckout view={view} locale={locale} />;
  }
}

function OpenCheckout({ view, locale }: { view: CheckoutView; locale: string }) {
  const env = appEnv();
  return (
    <CheckoutShell wide brandColor={view.merchant.brandColor}>
      <div className="grid gap-10 lg:grid-cols-[1fr_1.1fr] lg:gap-16">
        <div>
          {view.cancelUrl && (
            <a
              href={view.cancelUrl}
              className="mb-6 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
            >
              <span aria-hidden="true">←</span> Cancel and return to {view.merchant.name}
            </a>
          )}
          <OrderSummary view={view} locale={locale} />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7">
          <PaymentForm
            sessionId={view.id}
            amount={view.amountTotal}
            currency={view.currency}
            payLabel={`Pay ${formatAmount(view.amountTotal, view.currency, locale)}`}
            defaultEmail={view.customerEmail ?? ''}
            publishableKey={env.STRIPE_PUBLISHABLE_KEY}
            stripeScriptUrl={env.STRIPE_JS_URL ?? null}
            locale={locale}
            brandColor={brandTheme(view.merchant.brandColor).primary}
          />
        </div>
      </div>
    </CheckoutShell>
  );
}
