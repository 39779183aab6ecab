'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Spinner } from '@/components/checkout/spinner';
import { openLinkCheckoutAction, type LinkCheckoutState } from '@/lib/links/actions/open-link-checkout-action';

type CustomAmountField = {
  /** e.g. "$" or "€", and whether it follows the number in the customer's locale. */
  symbol: string;
  symbolAfter: boolean;
  /** The preset written as the customer would type it, or empty. */
  initial: string;
  /** "Between $5.00 and $500.00" */
  hint: string;
};

type Props = {
  slug: string;
  /** Validated prefill as form fields, re-validated by the server. */
  prefill: [string, string][];
  customAmount: CustomAmountField | null;
};

const INITIAL: LinkCheckoutState = { error: null, closed: false };

/** "Continue to payment": a POST (server action) that opens this customer's own checkout. Viewing the page creates nothing. */
export function LinkCheckoutForm({ slug, prefill, customAmount }: Props) {
  const [state, formAction, pending] = useActionState(openLinkCheckoutAction, INITIAL);
  const t = useTranslations('link');
  const [amount, setAmount] = useState(customAmount?.initial ?? '');
  const amountError = customAmount && state.error && !state.closed;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {prefill.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {customAmount && (
        <div>
          <label htmlFor="amount" className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('amount')}
          </label>
          <div
            className={`flex items-center rounded-lg border bg-white shadow-sm focus-within:ring-2 ${amountError ? 'border-red-500 focus-within:ring-red-500/30' : 'border-slate-300 focus-within:border-brand-500 focus-within:ring-brand-500/30'}`}
          >
            {!customAmount.symbolAfter && (
              <span aria-hidden="true" className="ps-3 text-lg text-slate-500">
                {customAmount.symbol}
              </span>
            )}
            <input
              id="amount"
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              required
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              disabled={pending}
              aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? 'amount-hint link-error' : 'amount-hint'}
              placeholder="0"
              className="block w-full min-w-0 rounded-lg bg-transparent px-3 py-3 text-2xl font-semibold tracking-tight text-slate-900 outline-none placeholder:text-slate-300"
            />
            {customAmount.symbolAfter && (
              <span aria-hidden="true" className="pe-3 text-lg text-slate-500">
                {customAmount.symbol}
              </span>
            )}
          </div>
          <p id="amount-hint" className="mt-1.5 text-sm text-slate-500">
            {customAmount.hint}
          </p>
        </div>
      )}
      {state.error && (
        <p
          id="link-error"
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
        >
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || state.closed}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-70"
      >
        {pending ? (
          <>
            <Spinner />
            <span>{t('opening')}</span>
          </>
        ) : (
          <>
            {t('continue')}{' '}
            <span aria-hidden="true" className="rtl:rotate-180">
              →
            </span>
          </>
        )}
      </button>
      <p className="sr-only" aria-live="polite">
        {pending ? t('opening') : ''}
      </p>
    </form>
  );
}
