import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LinkCheckoutForm } from '@/components/links/link-checkout-form';
import { LinkSummary } from '@/components/links/link-summary';
import { MerchantBadge } from '@/components/links/merchant-badge';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { describeLink } from '@/lib/links/describe-link';
import { getLinkView } from '@/lib/links/get-link-view';
import { parseLinkPrefill, prefillParams } from '@/lib/links/link-prefill';
import { paymentLinkUrl } from '@/lib/objects/payment-link-url';
import { amountInputFormat } from '@/lib/money/amount-input-format';
import { formatAmount } from '@/lib/money/format-amount';
import { linkRefusalTitle } from '@/lib/sessions/link-refusal-text';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** One read per request, shared by the metadata and the page. */
const loadLinkView = cache((slug: string) => getLinkView(db(), slug));

const first = (query: SearchParams) => (name: string) => (Array.isArray(query[name]) ? query[name][0] : query[name]);

/** Titles and link previews (people share these links in messages); never indexed by search engines. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await loadLinkView((await params).slug);
  const robots = { index: false, follow: false };
  if (!view) return { title: 'Page not found', robots };
  const { merchant } = view;
  if (view.closedMessage)
    return { title: { absolute: `${merchant.name}: no longer available` }, description: view.closedMessage, robots };
  const locale = customerLocale(
    parseLinkPrefill(first(await searchParams)).locale ?? null,
    (await headers()).get('accept-language'),
  );
  const { what, price } = describeLink(view, locale);
  const title = `${what} · ${merchant.name}`;
  const description = `Pay ${merchant.name} ${price} securely by card.`;
  const publicUrl = appEnv().TILLPOINT_PUBLIC_URL;
  return {
    title: { absolute: title },
    description,
    robots,
    openGraph: {
      type: 'website',
      title,
      description,
      siteName: merchant.name,
      url: paymentLinkUrl(publicUrl, view.slug),
      ...(merchant.logoUrl && {
        images: [{ url: new URL(merchant.logoUrl, publicUrl).toString(), alt: merchant.name }],
      }),
    },
    twitter: { card: 'summary', title, description },
  };
}

/**
 * A payment link's public page: what is bought, from whom, for how much. Viewing it (a person, a
 * link-preview bot, a prefetch) creates nothing; only the form's POST opens a checkout.
 */
export default async function PaymentLinkPage({ params, searchParams }: Props) {
  const view = await loadLinkView((await params).slug);
  if (!view) notFound();
  const prefill = parseLinkPrefill(first(await searchParams));
  const locale = customerLocale(prefill.locale ?? null, (await headers()).get('accept-language'));

  if (view.closedMessage) {
    return (
      <CheckoutShell brandColor={view.merchant.brandColor}>
        <div className="mb-6 flex justify-center">
          <MerchantBadge merchant={view.merchant} />
        </div>
        <StatusCard tone="warning" title={linkRefusalTitle(view.closedMessage)}>
          <p className="whitespace-pre-line text-slate-700" data-testid="inactive-message">
            {view.closedMessage}
          </p>
        </StatusCard>
      </CheckoutShell>
    );
  }

  const money = (amount: number) => formatAmount(amount, view.currency, locale);
  const custom = view.customAmount;
  const format = custom ? amountInputFormat(view.currency, locale) : null;
  return (
    <CheckoutShell brandColor={view.merchant.brandColor}>
      <div className="mb-6">
        <MerchantBadge merchant={view.merchant} />
      </div>
      <section
        aria-labelledby="link-heading"
        className="space-y-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
      >
        <div>
          <p className="text-sm font-medium text-slate-500">Pay {view.merchant.name}</p>
          <h1 id="link-heading" className="mt-1 text-xl font-semibold text-slate-900">
            {custom ? custom.name : describeLink(view, locale).what}
          </h1>
        </div>
        {!custom && <LinkSummary view={view} locale={locale} />}
        <LinkCheckoutForm
          slug={view.slug}
          prefill={prefillParams(prefill)}
          customAmount={
            custom && format
              ? {
                  symbol: format.symbol,
                  symbolAfter: format.symbolAfter,
                  initial: custom.preset !== null ? format.write(custom.preset) : '',
                  hint: `Between ${money(custom.minimum)} and ${money(custom.maximum)}`,
                }
              : null
          }
        />
        <p className="flex items-center justify-center gap-1.5 text-center text-xs text-slate-500">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-3.5 w-3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <rect x="5" y="11" width="14" height="9" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" />
          </svg>
          You pay securely by card on the next page.
        </p>
      </section>
    </CheckoutShell>
  );
}
