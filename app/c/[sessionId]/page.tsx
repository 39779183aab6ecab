import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderSummary } from '@/components/checkout/order-summary';
import { PaymentForm } from '@/components/checkout/payment-form';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { getCheckoutView } from '@/lib/checkout/get-checkout-view';
import { customerDetailsProps } from '@/lib/customer-details/customer-details-props';
import { submitLabel } from '@/lib/customer-details/submit-label';
import { returnUrlFor } from '@/lib/checkout/payment-step';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { checkoutLinkRefusal } from '@/lib/links/checkout-link-refusal';
import { brandTheme } from '@/lib/merchants/brand-theme';
import { formatAmount } from '@/lib/money/format-amount';
import { linkRefusalTitleKey, localizedLinkRefusal } from '@/lib/links/link-refusal-text';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const view = await getCheckoutView(db(), (await params).sessionId);
  const locale = customerLocale(view?.locale ?? null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('checkout'), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const view = await getCheckoutView(db(), sessionId);
  if (!view) notFound();
  const env = appEnv();
  const locale = customerLocale(view.locale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const tl = await getTranslations({ locale, namespace: 'link' });

  if (view.status === 'complete') {
    return (
      <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
        <StatusCard tone="success" title={t('paidTitle')}>
          <p>
            {t('paidBody', {
              merchant: view.merchant.name,
              amount: formatAmount(view.amountTotal, view.currency, locale),
            })}
          </p>
          {view.payment && (
            <Link
              className="font-medium text-brand-700 underline underline-offset-2"
              href={returnUrlFor('', view.payment.id)}
            >
              {t('viewReceipt')}
            </Link>
          )}
        </StatusCard>
      </CheckoutShell>
    );
  }
  if (view.status === 'expired') {
    return (
      <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
        <StatusCard tone="warning" title={t('expiredTitle')}>
          <p>{t('expiredBody', { merchant: view.merchant.name })}</p>
          {view.cancelUrl && (
            <a className="font-medium text-brand-700 underline underline-offset-2" href={view.cancelUrl}>
              {t('backTo', { merchant: view.merchant.name })}
            </a>
          )}
        </StatusCard>
      </CheckoutShell>
    );
  }

  const linkRefusal = await checkoutLinkRefusal(db(), view);
  if (linkRefusal) {
    return (
      <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
        <StatusCard tone="warning" title={tl(linkRefusalTitleKey(linkRefusal))}>
          <p className="whitespace-pre-line">{localizedLinkRefusal(linkRefusal, tl('placesHeld'))}</p>
          <p>{t('noPaymentTaken')}</p>
        </StatusCard>
      </CheckoutShell>
    );
  }

  return (
    <CheckoutShell locale={locale} wide brandColor={view.merchant.brandColor}>
      <div className="grid gap-10 lg:grid-cols-[1fr_1.1fr] lg:gap-16">
        <div>
          {view.cancelUrl && (
            <a
              href={view.cancelUrl}
              className="mb-6 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
            >
              <span aria-hidden="true" className="rtl:rotate-180">
                ←
              </span>{' '}
              {t('cancelReturn', { merchant: view.merchant.name })}
            </a>
          )}
          <OrderSummary view={view} locale={locale} />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7">
          <PaymentForm
            sessionId={view.id}
            amount={view.amountTotal}
            currency={view.currency}
            payLabel={submitLabel(t, view.checkoutOptions, formatAmount(view.amountTotal, view.currency, locale))}
            customerDetails={await customerDetailsProps(view.checkoutOptions, locale, view.merchant.termsOfServiceUrl)}
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
