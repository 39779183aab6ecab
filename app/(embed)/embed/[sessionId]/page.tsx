import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { OrderSummary } from '@/components/checkout/order-summary';
import { EmbedUnavailable } from '@/components/embed/embed-unavailable';
import { EmbeddedCheckout, type EmbedInitialState } from '@/components/embed/embedded-checkout';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { getCheckoutView } from '@/lib/checkout/get-checkout-view';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { checkoutLinkRefusal } from '@/lib/links/checkout-link-refusal';
import { brandTheme } from '@/lib/merchants/brand-theme';
import { formatAmount } from '@/lib/money/format-amount';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The checkout in a merchant's frame (embed.js). Framing is limited to the session's embed origin by proxy.ts. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const { mode } = await searchParams;
  const view = await getCheckoutView(db(), sessionId);
  if (!view || view.uiMode !== 'embedded' || !view.embedOrigin) return <EmbedUnavailable />;
  const env = appEnv();
  const locale = customerLocale(view.locale, (await headers()).get('accept-language'));
  const total = formatAmount(view.amountTotal, view.currency, locale);
  // Like the hosted page: a session opened from a link that was deactivated or reached its limit shows the link's message, not the form.
  const linkRefusal = view.status === 'open' ? await checkoutLinkRefusal(db(), view) : null;
  const initial: EmbedInitialState =
    view.status === 'complete' && view.payment
      ? { kind: 'paid', paymentId: view.payment.id }
      : view.status !== 'open'
        ? { kind: 'expired' }
        : linkRefusal
          ? { kind: 'link_unavailable', message: linkRefusal }
          : { kind: 'open' };

  return (
    <div style={brandTheme(view.merchant.brandColor).style}>
      <EmbeddedCheckout
        sessionId={view.id}
        hostOrigin={view.embedOrigin}
        overlay={mode === 'overlay'}
        merchantName={view.merchant.name}
        totalLabel={total}
        initial={initial}
        summary={<OrderSummary view={view} locale={locale} />}
        form={{
          sessionId: view.id,
          amount: view.amountTotal,
          currency: view.currency,
          payLabel: `Pay ${total}`,
          defaultEmail: view.customerEmail ?? '',
          publishableKey: env.STRIPE_PUBLISHABLE_KEY,
          stripeScriptUrl: env.STRIPE_JS_URL ?? null,
          locale,
          brandColor: brandTheme(view.merchant.brandColor).primary,
        }}
      />
    </div>
  );
}
