import { getTranslations } from 'next-intl/server';
import type { CheckoutView } from '@/lib/checkout/checkout-state';
import type { Locale } from '@/lib/i18n/locales';
import { formatAmount } from '@/lib/money/format-amount';
import { PromotionCodeField } from './promotion-code-field';

/**
 * Under the items: the subtotal and the discount line when a discount applies, and the promotion code
 * field when the session allows codes (or when a discount it carries can no longer be used, so the
 * customer can remove it). Amounts are the server's.
 */
export async function DiscountSummary({ view, locale }: { view: CheckoutView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'promotion' });
  const money = (amount: number) => formatAmount(amount, view.currency, locale);
  const label = view.promotionCode?.code ?? view.coupon?.name ?? null;
  const showField = view.status === 'open' && (view.allowPromotionCodes || view.discountProblem !== null);
  if (!view.coupon && !showField) return null;
  return (
    <div className="space-y-3 text-sm">
      {view.coupon && (
        <dl className="space-y-1.5">
          <div className="flex justify-between text-slate-600">
            <dt>{t('subtotal')}</dt>
            <dd data-testid="subtotal">{money(view.amountTotal + view.amountDiscount)}</dd>
          </div>
          <div className="flex justify-between text-emerald-700">
            <dt>
              {t('discount')}
              {label && (
                <span className="text-slate-500">
                  {' '}
                  (<span data-testid="applied-code">{label}</span>)
                </span>
              )}
            </dt>
            <dd data-testid="discount">−{money(view.amountDiscount)}</dd>
          </div>
        </dl>
      )}
      {showField && (
        <PromotionCodeField
          sessionId={view.id}
          currency={view.currency}
          appliedCode={view.coupon ? (label ?? t('discount')) : null}
          problem={view.discountProblem}
        />
      )}
    </div>
  );
}
