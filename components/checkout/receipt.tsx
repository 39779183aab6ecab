import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { formatAmount } from '@/lib/money/format-amount';

type ReceiptProps = {
  locale: Locale;
  /** The card is only held (manual capture): the total is what was authorised, not paid. */
  authorized?: boolean;
  payment: {
    id: string;
    amount: number;
    currency: string;
    cardBrand: string | null;
    cardLast4: string | null;
    session: {
      customerEmail: string | null;
      lineItems: { id: string; name: string; quantity: number; unitAmount: number }[];
    };
  };
};

/** The receipt shown once the payment has succeeded (or, `authorized`, once the card is held). */
export async function Receipt({ payment, locale, authorized = false }: ReceiptProps) {
  const t = await getTranslations({ locale, namespace: 'receipt' });
  const ta = await getTranslations({ locale, namespace: 'authorization' });
  const money = (amount: number) => formatAmount(amount, payment.currency, locale);
  return (
    <dl className="mx-auto max-w-sm divide-y divide-slate-100 rounded-xl border border-slate-200 text-start">
      {payment.session.lineItems.map((item) => (
        <div key={item.id} className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-600">
            {item.name}
            {item.quantity > 1 ? ` × ${item.quantity}` : ''}
          </dt>
          <dd className="font-medium text-slate-800">{money(item.unitAmount * item.quantity)}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 px-4 py-2.5 font-semibold text-slate-900">
        <dt>{authorized ? ta('totalAuthorised') : t('totalPaid')}</dt>
        <dd data-testid={authorized ? 'amount-authorized' : 'amount-paid'}>{money(payment.amount)}</dd>
      </div>
      {payment.cardLast4 && (
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-600">{t('card')}</dt>
          <dd className="text-slate-800 capitalize">
            {payment.cardBrand} •••• {payment.cardLast4}
          </dd>
        </div>
      )}
      {payment.session.customerEmail && (
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-600">{t('receiptTo')}</dt>
          {/* Whole, not clipped: the label wraps first; only an address wider than 70 % of the row breaks. */}
          <dd className="max-w-[70%] shrink-0 break-all text-slate-800">
            <bdi>{payment.session.customerEmail}</bdi>
          </dd>
        </div>
      )}
      <div className="flex justify-between gap-4 px-4 py-2.5">
        <dt className="text-slate-600">{t('reference')}</dt>
        <dd className="font-mono text-xs text-slate-800">{payment.id}</dd>
      </div>
    </dl>
  );
}
