import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ThreeDSecureRunner } from '@/components/checkout/three-d-secure-runner';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { threeDSecureTokenSecret } from '@/lib/hosted/three-d-secure-token-secret';
import { getThreeDSecureView } from '@/lib/hosted/get-three-d-secure-view';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const locale = customerLocale(null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('confirmPayment'), robots: { index: false }, referrer: 'no-referrer' };
}

type Props = {
  params: Promise<{ paymentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page a merchant's action_url opens: the customer completes 3-D Secure for a payment waiting on them. */
export default async function ThreeDSecurePage({ params, searchParams }: Props) {
  const { paymentId } = await params;
  const { token } = await searchParams;
  const env = appEnv();
  const view = await getThreeDSecureView(
    db(),
    paymentId,
    typeof token === 'string' ? token : '',
    threeDSecureTokenSecret(),
    env.TILLPOINT_PUBLIC_URL,
  );
  if (view.kind === 'go') redirect(view.url);
  const locale = customerLocale(view.kind === 'invalid' ? null : view.locale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'action' });
  if (view.kind === 'invalid') {
    return (
      <CheckoutShell locale={locale}>
        <StatusCard tone="error" title={t('invalidTitle')}>
          <p>{t('invalidBody')}</p>
        </StatusCard>
      </CheckoutShell>
    );
  }
  return (
    <CheckoutShell locale={locale} brandColor={view.brandColor}>
      <ThreeDSecureRunner
        paymentId={view.paymentId}
        clientSecret={view.clientSecret}
        merchantName={view.merchantName}
        publishableKey={env.STRIPE_PUBLISHABLE_KEY}
        stripeScriptUrl={env.STRIPE_JS_URL ?? null}
      />
    </CheckoutShell>
  );
}
