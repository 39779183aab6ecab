import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { PaymentStatusWaiter } from '@/components/checkout/payment-status-waiter';
import { Receipt } from '@/components/checkout/receipt';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { getPaymentStatusView } from '@/lib/payments/payment-status-view';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { payment: paymentId } = await searchParams;
  const payment = isObjectId('payment', paymentId)
    ? await db().payment.findUnique({ where: { id: paymentId }, select: { session: { select: { locale: true } } } })
    : null;
  const locale = customerLocale(payment?.session.locale ?? null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('paymentStatus'), robots: { index: false } };
}

/**
 * Where customers land after paying or after the bank's 3DS page. Resolves Tillpoint's own payment id;
 * a `payment_intent` that Stripe appended must belong to it. `redirect_status` is ignored: only the
 * database status, written from a verified webhook, can show success.
 */
export default async function ReturnPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const paymentId = typeof query.payment === 'string' ? query.payment : '';
  const intentParam = typeof query.payment_intent === 'string' ? query.payment_intent : null;
  const payment = isObjectId('payment', paymentId)
    ? await db().payment.findUnique({
        where: { id: paymentId },
        include: { session: { include: { merchant: true, lineItems: { orderBy: { position: 'asc' } } } } },
      })
    : null;

  const locale = customerLocale(payment?.session.locale ?? null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'status' });
  if (!payment) {
    return (
      <CheckoutShell locale={locale}>
        <StatusCard tone="error" title={t('notFoundTitle')}>
          <p>{t('notFoundBody')}</p>
        </StatusCard>
      </CheckoutShell>
    );
  }
  const brandColor = payment.session.merchant.brandColor;
  if (intentParam !== null && intentParam !== payment.stripePaymentIntentId) {
    return (
      <CheckoutShell locale={locale} brandColor={brandColor}>
        <StatusCard tone="error" title={t('mismatchTitle')}>
          <p>{t('mismatchBody')}</p>
          <a className="font-medium text-brand-700 underline underline-offset-2" href={`/c/${payment.sessionId}`}>
            {t('returnToCheckout')}
          </a>
        </StatusCard>
      </CheckoutShell>
    );
  }

  const view = (await getPaymentStatusView(db(), payment.id))!;
  return (
    <CheckoutShell locale={locale} brandColor={brandColor}>
      <PaymentStatusWaiter
        initial={view}
        merchantName={payment.session.merchant.name}
        receipt={<Receipt payment={payment} locale={locale} />}
        authorizedReceipt={<Receipt payment={payment} locale={locale} authorized />}
      />
    </CheckoutShell>
  );
}
