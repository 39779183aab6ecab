'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { completeFreeCheckoutAction } from '@/lib/hosted/actions/complete-free-checkout-action';
import { failureMessageKey, unavailableMessageKey } from '@/lib/i18n/failure-message-key';
import { setCheckoutActivity, useCheckoutActivity } from './checkout-activity';
import { CustomerDetailsFields } from './customer-details-fields';
import { customerFields } from './customer-fields';
import { LinkedText } from './linked-text';
import { HOSTED_NAVIGATOR } from './payment-navigator';
import type { PaymentFormProps } from './payment-form';
import { nextMove } from './payment-moves';
import { Spinner } from './spinner';

/**
 * A checkout whose discount covers the whole order: the customer's email and the checkout's own fields,
 * no card. The server holds the discount, records the order as paid without a charge and completes the
 * session; the page then goes where a paid checkout goes (the receipt, or the embed's success).
 */
export function FreeCheckoutForm({
  sessionId,
  defaultEmail,
  customerDetails,
  navigator = HOSTED_NAVIGATOR,
}: PaymentFormProps) {
  const t = useTranslations('checkout');
  const tp = useTranslations('promotion');
  const te = useTranslations('errors');
  const td = useTranslations('details');
  const [email, setEmail] = useState(defaultEmail);
  const [consented, setConsented] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const inFlight = useRef(false);
  const { changingQuantity, changingDiscount } = useCheckoutActivity();
  useEffect(() => {
    setCheckoutActivity({ paying: busy });
    return () => setCheckoutActivity({ paying: false });
  }, [busy]);
  const consentMissing = Boolean(customerDetails?.termsUrl) && !consented;
  const customText = customerDetails?.options.custom_text;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const step = await completeFreeCheckoutAction({ sessionId, email, details: customerFields(event.currentTarget) });
      const move = nextMove(step, navigator.mode);
      if (move.kind === 'navigate') return window.location.assign(move.url);
      if (move.kind === 'wait_in_frame' && navigator.mode === 'embed') return navigator.onAccepted(move.paymentId);
      if (move.kind === 'reload' || (move.kind === 'fail' && move.reload)) return window.location.reload();
      if (move.kind === 'fail') {
        if (move.fieldErrors) setFieldErrors(move.fieldErrors);
        const key = unavailableMessageKey(move.code);
        setError(move.fieldErrors ? td('errors.checkDetails') : key ? te(key) : te(failureMessageKey(move.code)));
      }
    } catch {
      setError(te('interrupted'));
    }
    inFlight.current = false;
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
      <p className="rounded-lg bg-emerald-50 px-3 py-2.5 text-sm text-emerald-800">{tp('free')}</p>
      <div>
        <label htmlFor="email" className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('email')}
        </label>
        <input
          id="email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          disabled={busy}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-[15px] shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 disabled:bg-slate-50"
          placeholder={t('emailPlaceholder')}
        />
      </div>
      {customerDetails && (
        <fieldset disabled={busy}>
          <CustomerDetailsFields details={customerDetails} errors={fieldErrors} onConsent={setConsented} />
        </fieldset>
      )}
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {error}
        </p>
      )}
      {customText?.submit && <LinkedText text={customText.submit.message} className="text-sm text-slate-600" />}
      <button
        type="submit"
        disabled={busy || consentMissing || changingQuantity || changingDiscount}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-70"
      >
        {busy ? (
          <>
            <Spinner />
            <span>{t('processing')}</span>
          </>
        ) : (
          tp('complete')
        )}
      </button>
      {customText?.after_submit && (
        <LinkedText text={customText.after_submit.message} className="text-sm text-slate-600" />
      )}
    </form>
  );
}
