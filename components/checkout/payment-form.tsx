'use client';

import { Elements, PaymentElement } from '@stripe/react-stripe-js';
import { useState } from 'react';
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
  /** The embedded checkout's (/embed), which stays in its frame; the hosted page navigates by default. */
  navigator?: PaymentNavigator;
};

/** The Stripe Elements part of the hosted page. Card data stays in the payment provider's frame. */
export function PaymentForm(props: PaymentFormProps) {
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
        locale: 'auto',
        appearance: { theme: 'stripe', variables: { colorPrimary: props.brandColor, borderRadius: '8px' } },
      }}
    >
      <CheckoutForm {...props} />
    </Elements>
  );
}

function CheckoutForm({ sessionId, payLabel, defaultEmail, navigator = HOSTED_NAVIGATOR }: PaymentFormProps) {
  const [email, setEmail] = useState(defaultEmail);
  const { phase, error, ready, pay } = usePaymentSteps(sessionId, navigator);
  const busy = phase !== 'idle';

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    void pay(email);
  }

  const status =
    phase === 'authenticating' ? 'Waiting for your bank…' : phase === 'redirecting' ? 'Redirecting…' : 'Processing…';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
      <div>
        <label htmlFor="email" className="mb-1.5 block text-sm font-medium text-slate-700">
          Email
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
          placeholder="you@example.com"
        />
      </div>
      <fieldset disabled={busy}>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">Payment details</legend>
        <PaymentElement options={{ layout: 'tabs', fields: { billingDetails: { email: 'never' } } }} />
      </fieldset>
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy || !ready}
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
      <p className="sr-only" aria-live="polite">
        {busy ? status : ''}
      </p>
    </form>
  );
}
