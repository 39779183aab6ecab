import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { formatAmount } from '@/lib/money/format-amount';
import type { RecoverableSession } from '@/lib/sessions/recovery-state';

/** The expired checkout's order, compact: what the customer was about to buy and its total. */
export async function RecoverySummary({ session, locale }: { session: RecoverableSession; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'summary' });
  const money = (amount: number) => formatAmount(amount, session.currency, locale);
  return (
    <div className="mt-6 text-start text-sm">
      <ul className="divide-y divide-slate-200 border-y border-slate-200" aria-label={t('itemsLabel')}>
        {session.lineItems.map((item) => (
          <li key={item.id} className="flex items-start justify-between gap-4 py-3">
            <div>
              <p className="font-medium text-slate-800">{item.name}</p>
              {item.quantity > 1 && (
                <p className="text-slate-500">
                  {t('quantityEach', { quantity: item.quantity, price: money(item.unitAmount) })}
                </p>
              )}
            </div>
            <p className="font-medium text-slate-800">{money(item.unitAmount * item.quantity)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex justify-between text-base font-semibold text-slate-900">
        <span>{t('totalDue')}</span>
        <span data-testid="total">{money(session.amountTotal)}</span>
      </div>
    </div>
  );
}
