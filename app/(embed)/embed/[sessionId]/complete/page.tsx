import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { Spinner } from '@/components/checkout/spinner';
import { ChallengeReturnNotifier } from '@/components/embed/challenge-return-notifier';
import { EmbedUnavailable } from '@/components/embed/embed-unavailable';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { textDirection } from '@/lib/i18n/locales';
import { isObjectId } from '@/lib/ids/object-ids';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const locale = customerLocale(null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('returning'), robots: { index: false }, referrer: 'no-referrer' };
}

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Where the bank's 3-D Secure page sends the customer of an embedded checkout (inside the challenge
 * frame). It only hands over to the checkout frame; the server confirms and the database decides.
 */
export default async function EmbedChallengeReturnPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const query = await searchParams;
  const paymentId =
    isObjectId('payment', query.payment) && isObjectId('checkout_session', sessionId) ? query.payment : null;
  const intentParam = typeof query.payment_intent === 'string' ? query.payment_intent : null;
  const payment = paymentId
    ? await db().payment.findFirst({
        where: { id: paymentId, sessionId },
        select: { id: true, stripePaymentIntentId: true, session: { select: { locale: true } } },
      })
    : null;
  const locale = customerLocale(payment?.session.locale ?? null, (await headers()).get('accept-language'));
  if (!payment || (intentParam !== null && intentParam !== payment.stripePaymentIntentId))
    return <EmbedUnavailable locale={locale} mismatch />;
  const t = await getTranslations({ locale, namespace: 'embed' });

  return (
    <main
      className="flex min-h-dvh flex-col items-center justify-center gap-3 bg-white p-6 text-center text-sm text-slate-600"
      aria-live="polite"
      lang={locale}
      dir={textDirection(locale)}
    >
      <Spinner className="h-6 w-6 text-brand-600" />
      <p>{t('returning')}</p>
      <ChallengeReturnNotifier paymentId={payment.id} />
    </main>
  );
}
