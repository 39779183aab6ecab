import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';

export default async function NotFound() {
  const locale = customerLocale(null, (await headers()).get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <CheckoutShell locale={locale} clientMessages={false}>
      <StatusCard tone="info" title={t('title')}>
        <p>{t('body')}</p>
      </StatusCard>
    </CheckoutShell>
  );
}
