import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { LinkView } from '@/lib/links/get-link-view';
import { formatAmount } from '@/lib/money/format-amount';

/** A fixed-price link's items and total, formatted for the customer's locale. */
export async function LinkSummary({ view, locale }: { view: LinkView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'summary' });
  const money = (amount: number) => formatAmount(amount, view.currency, locale);
  return (
    <div className="space-y-5">
      <p className="text-4xl font-semibold tracking-tight text-slate-900" data-testid="link-total">
        {money(view.fixedTotal ?? 0)}
      </p>
      <ul className="divide-y divide-slate-200 border-y border-slate-200" aria-label={t('itemsLabel')}>
        {view.lineItems.map((item, index) => (
          <li key={index} className="flex items-start justify-between gap-4 py-3 text-sm">
            <div className="flex items-start gap-3">
              {item.image_url && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={item.image_url} alt="" className="h-12 w-12 rounded-md object-cover" />
              )}
              <div>
                <p className="font-medium text-slate-800">{item.name}</p>
                {item.quantity > 1 && (
                  <p className="text-slate-500">
                    {t('quantityEach', { quantity: item.quantity, price: money(item.unit_amount) })}
                  </p>
                )}
              </div>
            </div>
            <p className="font-medium whitespace-nowrap text-slate-800">{money(item.unit_amount * item.quantity)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
