'use client';

import { Elements, PaymentElement } from '@stripe/react-stripe-js';
import type { StripeElementLocale } from '@stripe/stripe-js';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { setCheckoutActivity, useCheckoutActivity } from './checkout-activity';
import type { CustomerDetailsProps } from '@/lib/customer-details/customer-details-view';
import { CustomerDetailsFields } from './customer-details-fields';
import { customerFields } from './customer-fields';
import { FreeCheckoutForm } from './free-checkout-form';
import { LinkedText } from './linked-text';
import { getStripe } from './load-stripe';
import { HOSTED_NAVIGATOR, type PaymentNavigator } from './payment-navigator';
import { Spinner } from './spinner';
import { usePaymentSteps } from './use-payment-steps';

export type PaymentFormProps = {
  sessionId: string;
  amount: number;
  currency: string;
  payLabel: string;
  defaultEmail: string;
  publishableKey: string;
  stripeScriptUrl: string | null;
  locale: string;
  /** The merchant's readable accent colour (lib/merchants/brand-theme) for the card fields. */
  brandColor: string;
  /** The checkout's own customer fields, when the session asks for a name, phone, address, custom fields or consent. */
  customerDetails?: CustomerDetailsProps | null;
  /** The embedded checkout's (/embed), which stays in its frame; the hosted page navigates by default. */
  navigator?: PaymentNavigator;
};

/** The payment part of the checkout: the card form, or, when a discount covers the whole order, a form without a card. */
export function PaymentForm(props: PaymentFormProps) {
  return props.amount === 0 ? <FreeCheckoutForm {...props} /> : <CardPaymentForm {...props} />;
}

/** The Stripe Elements part of the hosted page. Card data stays in the payment provider's frame. */
function CardPaymentForm(props: PaymentFormProps) {
  // Stripe.js loads only in the browser; the server render passes null, as react-stripe-js supports.
  const [stripePromise] = useState(() =>
    typeof window === 'undefined' ? null : getStripe(props.publishableKey, props.stripeScriptUrl),
  );
  return (
    <Elements
      stripe={stripePromise}
      options={{
        mode: 'payment',
        amount: props.amount,
        currency: props.currency,
        paymentMethodCreation: 'manual',
        locale: props.locale as StripeElementLocale,
        appearance: { theme: 'stripe', variables: { colorPrimary: props.brandColor, borderRadius: '8px' } },
      }}
    >
      <CheckoutForm {...props} />
    </Elements>
  );
}

function CheckoutForm({
  sessionId,
  payLabel,
  defaultEmail,
  customerDetails,
  navigator = HOSTED_NAVIGATOR,
}: PaymentFormProps) {
  const t = useTranslations('checkout');
  const [email, setEmail] = useState(defaultEmail);
  const [consented, setConsented] = useState(false);
  const { phase, error, fieldErrors, ready, pay } = usePaymentSteps(sessionId, navigator);
  const busy = phase !== 'idle';
  const { changingQuantity, changingDiscount } = useCheckoutActivity();
  useEffect(() => {
    setCheckoutActivity({ paying: busy });
    return () => setCheckoutActivity({ paying: false });
  }, [busy]);
  const billingAddress = customerDetails?.options.billing_address_collection === 'required';
  const consentMissing = Boolean(customerDetails?.termsUrl) && !consented;
  const customText = customerDetails?.options.custom_text;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void pay(email, customerFields(event.currentTarget), billingAddress);
  }

  const status =
    phase === 'authenticating' ? t('waitingForBank') : phase === 'redirecting' ? t('redirecting') : t('processing');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
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
      <fieldset disabled={busy}>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('paymentDetails')}</legend>
        <PaymentElement
          options={{
            layout: 'tabs',
            fields: { billingDetails: billingAddress ? { email: 'never', address: 'never' } : { email: 'never' } },
          }}
        />
      </fieldset>
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {error}
        </p>
      )}
      {customText?.submit && <LinkedText text={customText.submit.message} className="text-sm text-slate-600" />}
      <button
        type="submit"
        disabled={busy || !ready || consentMissing || changingQuantity || changingDiscount}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-70"
      >
        {busy ? (
          <>
            <Spinner />
            <span>{status}</span>
          </>
        ) : (
          payLabel
        )}
      </button>
      {customText?.after_submit && (
        <LinkedText text={customText.after_submit.message} className="text-sm text-slate-600" />
      )}
      <p className="sr-only" aria-live="polite">
        {busy ? status : ''}
      </p>
    </form>
  );
}
