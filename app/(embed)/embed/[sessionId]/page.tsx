import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { OrderSummary } from '@/components/checkout/order-summary';
import { EmbedUnavailable } from '@/components/embed/embed-unavailable';
import { CustomerIntl } from '@/components/i18n/customer-intl';
import { EmbeddedCheckout, type EmbedInitialState } from '@/components/embed/embedded-checkout';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { getCheckoutState, type CheckoutState } from '@/lib/checkout/checkout-state';
import { customerDetailsProps } from '@/lib/customer-details/customer-details-props';
import { submitLabel } from '@/lib/customer-details/submit-label';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { brandTheme } from '@/lib/merchants/brand-theme';
import { formatAmount } from '@/lib/money/format-amount';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const state = await getCheckoutState(db(), (await params).sessionId);
  const sessionLocale = state.kind === 'not_found' ? null : state.view.locale;
  const locale = customerLocale(sessionLocale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('checkout'), robots: { index: false } };
}

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The checkout in a merchant's frame (embed.js). Framing is limited to the session's embed origin by proxy.ts. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const { mode } = await searchParams;
  const state = await getCheckoutState(db(), sessionId);
  const acceptLanguage = (await headers()).get('accept-language');
  if (state.kind === 'not_found') return <EmbedUnavailable locale={customerLocale(null, acceptLanguage)} />;
  const { view } = state;
  const locale = customerLocale(view.locale, acceptLanguage);
  if (view.uiMode !== 'embedded' || !view.embedOrigin) return <EmbedUnavailable locale={locale} />;
  const env = appEnv();
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const total = formatAmount(view.amountTotal, view.currency, locale);

  return (
    <CustomerIntl locale={locale} style={brandTheme(view.merchant.brandColor).style}>
      <EmbeddedCheckout
        sessionId={view.id}
        hostOrigin={view.embedOrigin}
        overlay={mode === 'overlay'}
        merchantName={view.merchant.name}
        totalLabel={total}
        initial={embedInitialState(state)}
        summary={<OrderSummary view={view} locale={locale} />}
        form={{
          sessionId: view.id,
          amount: view.amountTotal,
          currency: view.currency,
          payLabel: submitLabel(t, view.checkoutOptions, total),
          customerDetails: await customerDetailsProps(view.checkoutOptions, locale, view.merchant.termsOfServiceUrl),
          defaultEmail: view.customerEmail ?? '',
          publishableKey: env.STRIPE_PUBLISHABLE_KEY,
          stripeScriptUrl: env.STRIPE_JS_URL ?? null,
          locale,
          brandColor: brandTheme(view.merchant.brandColor).primary,
        }}
      />
    </CustomerIntl>
  );
}

function embedInitialState(state: Exclude<CheckoutState, { kind: 'not_found' }>): EmbedInitialState {
  switch (state.kind) {
    case 'paid':
      // The embed reports success with a payment id; a session completed without one shows as ended.
      return state.paymentId
        ? { kind: 'paid', paymentId: state.paymentId, authorized: state.authorized }
        : { kind: 'expired' };
    case 'expired':
    case 'released':
      return { kind: 'expired' };
    case 'link_unavailable':
      return { kind: 'link_unavailable', message: state.message };
    case 'open':
      return { kind: 'open' };
  }
}
