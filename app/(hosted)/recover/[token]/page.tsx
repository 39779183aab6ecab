import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { RecoverySummary } from '@/components/recovery/recovery-summary';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { recoverCheckoutAction } from '@/lib/hosted/actions/recover-checkout-action';
import { getRecoveryState } from '@/lib/sessions/recovery-state';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await getRecoveryState(db(), (await params).token);
  const sessionLocale = state.kind === 'not_found' ? null : state.session.locale;
  const locale = customerLocale(sessionLocale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'recovery' });
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/** A recovery URL from the merchant's email: shows the expired order; only the POST behind "Continue" creates the new session. */
export default async function RecoverCheckoutPage({ params }: Props) {
  const { token } = await params;
  const state = await getRecoveryState(db(), token);
  if (state.kind === 'not_found') notFound();
  const { session } = state;
  const locale = customerLocale(session.locale, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'recovery' });
  const merchant = session.merchant.name;
  const back = session.cancelUrl && (
    <a className="font-medium text-brand-700 underline underline-offset-2" href={session.cancelUrl}>
      {t('backTo', { merchant })}
    </a>
  );

  if (state.kind !== 'ready') {
    return (
      <CheckoutShell locale={locale} brandColor={session.merchant.brandColor}>
        <StatusCard tone="warning" title={t(state.kind === 'used' ? 'usedTitle' : 'lapsedTitle')}>
          <p>{t(state.kind === 'used' ? 'usedBody' : 'lapsedBody', { merchant })}</p>
          {back}
        </StatusCard>
      </CheckoutShell>
    );
  }
  return (
    <CheckoutShell locale={locale} brandColor={session.merchant.brandColor}>
      <StatusCard tone="info" title={t('title')}>
        <p>{t('body', { merchant })}</p>
        <RecoverySummary session={session} locale={locale} />
        <form action={recoverCheckoutAction} className="mt-6">
          <input type="hidden" name="token" value={token} />
          <button
            type="submit"
            className="w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t('continue')}
          </button>
        </form>
        {back}
      </StatusCard>
    </CheckoutShell>
  );
}
