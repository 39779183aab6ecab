import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderSummary } from '@/components/checkout/order-summary';
import { PaymentForm } from '@/components/checkout/payment-form';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { getCheckoutState, type CheckoutView } from '@/lib/checkout/checkout-state';
import { returnUrlFor } from '@/lib/checkout/payment-step';
import { customerDetailsProps } from '@/lib/customer-details/customer-details-props';
import { detailsPrefill } from '@/lib/customer-details/details-prefill';
import { submitLabel } from '@/lib/customer-details/submit-label';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import type { Locale } from '@/lib/i18n/locales';
import { brandTheme } from '@/lib/merchants/brand-theme';
import { formatAmount } from '@/lib/money/format-amount';
import { linkRefusalTitleKey, localizedLinkRefusal } from '@/lib/sessions/link-refusal-text';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const state = await getCheckoutState(db(), (await params).sessionId);
  const sessionLocale = state.kind === 'not_found' ? null : state.view.locale;
  const locale = customerLocale(sessionLocale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('checkout'), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const state = await getCheckoutState(db(), sessionId);
  if (state.kind === 'not_found') notFound();
  const { view } = state;
  const locale = customerLocale(view.locale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const ta = await getTranslations({ locale, namespace: 'authorization' });
  const ts = await getTranslations({ locale, namespace: 'status' });

  switch (state.kind) {
    case 'paid':
      return (
        <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
          <StatusCard tone="success" title={state.authorized ? ta('title') : t('paidTitle')}>
            <p>
              {state.authorized
                ? ta('body', { merchant: view.merchant.name })
                : t('paidBody', {
                    merchant: view.merchant.name,
                    amount: formatAmount(view.amountTotal, view.currency, locale),
                  })}
            </p>
            {state.paymentId && (
              <Link
                className="font-medium text-brand-700 underline underline-offset-2"
                href={returnUrlFor('', state.paymentId)}
              >
                {t('viewReceipt')}
              </Link>
            )}
          </StatusCard>
        </CheckoutShell>
      );
    case 'released':
      return (
        <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
          <StatusCard tone="warning" title={ts('canceledTitle')}>
            <p>{ts('canceledBody')}</p>
          </StatusCard>
        </CheckoutShell>
      );
    case 'expired':
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
    case 'link_unavailable': {
      const tl = await getTranslations({ locale, namespace: 'link' });
      return (
        <CheckoutShell locale={locale} brandColor={view.merchant.brandColor}>
          <StatusCard tone="warning" title={tl(linkRefusalTitleKey(state.message))}>
            <p className="whitespace-pre-line">{localizedLinkRefusal(state.message, tl('placesHeld'))}</p>
            <p>{t('noPaymentTaken')}</p>
          </StatusCard>
        </CheckoutShell>
      );
    }
    case 'open':
      return <OpenCheckout view={view} locale={locale} />;
  }
}

async function OpenCheckout({ view, locale }: { view: CheckoutView; locale: Locale }) {
  const env = appEnv();
  const t = await getTranslations({ locale, namespace: 'checkout' });
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
            customerDetails={await customerDetailsProps(
              view.checkoutOptions,
              locale,
              view.merchant.termsOfServiceUrl,
              view.recoveredFromId ? detailsPrefill(view.collected) : {},
            )}
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
