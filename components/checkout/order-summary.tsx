import { getTranslations } from 'next-intl/server';
import { formatAmount } from '@/lib/money/format-amount';
import { readQuantityBounds } from '@/lib/line-items/adjustable-quantity';
import { QuantityStepper } from './quantity-stepper';
import { DiscountSummary } from './discount-summary';
import type { CheckoutView } from '@/lib/checkout/checkout-state';
import type { Locale } from '@/lib/i18n/locales';

/** Merchant, line items and total, formatted for the customer's locale. */
export async function OrderSummary({ view, locale }: { view: CheckoutView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'summary' });
  const money = (amount: number) => formatAmount(amount, view.currency, locale);
  return (
    <section aria-labelledby="summary-heading" className="space-y-6">
      <div className="flex items-center gap-3">
        {view.merchant.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={view.merchant.logoUrl} alt="" className="h-9 w-9 rounded-full object-cover" />
        ) : (
          <span
            aria-hidden="true"
            className="flex h-9 w-9 items-center justify-center rounded-full bg-brand-600 font-semibold text-white"
          >
            {view.merchant.name.slice(0, 1).toUpperCase()}
          </span>
        )}
        <span className="font-medium text-slate-700">{view.merchant.name}</span>
      </div>
      <div>
        <h1 id="summary-heading" className="text-sm font-medium text-slate-500">
          {t('payMerchant', { merchant: view.merchant.name })}
        </h1>
        <p className="mt-1 text-4xl font-semibold tracking-tight text-slate-900" data-testid="total">
          {money(view.amountTotal)}
        </p>
      </div>
      <ul className="divide-y divide-slate-200 border-y border-slate-200" aria-label={t('itemsLabel')}>
        {view.lineItems.map((item) => {
          const bounds = readQuantityBounds(item.adjustableQuantity);
          return (
            <li key={item.id} className="flex items-start justify-between gap-4 py-3 text-sm">
              <div className="flex items-start gap-3">
                {item.imageUrl && (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={item.imageUrl} alt="" className="h-10 w-10 rounded-md object-cover" />
                )}
                <div>
                  <p className="font-medium text-slate-800">{item.name}</p>
                  {(item.quantity > 1 || bounds) && (
                    <p className="text-slate-500">
                      {t('quantityEach', { quantity: item.quantity, price: money(item.unitAmount) })}
                    </p>
                  )}
                  {bounds && (
                    <QuantityStepper
                      sessionId={view.id}
                      position={item.position}
                      itemName={item.name}
                      quantity={item.quantity}
                      {...bounds}
                    />
                  )}
                </div>
              </div>
              <p className="font-medium text-slate-800" data-testid={`line-total-${item.position}`}>
                {money(item.unitAmount * item.quantity)}
              </p>
            </li>
          );
        })}
      </ul>
      <DiscountSummary view={view} locale={locale} />
      <div className="flex justify-between text-base font-semibold text-slate-900">
        <span>{t('totalDue')}</span>
        <span>{money(view.amountTotal)}</span>
      </div>
    </section>
  );
}
