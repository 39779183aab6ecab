'use client';

import { useEffect, useRef, useState } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { returnUrlFor } from '@/lib/checkout/payment-step';
import { getStripe } from './load-stripe';
import { Spinner } from './spinner';

type Props = {
  paymentId: string;
  clientSecret: string;
  merchantName: string;
  publishableKey: string;
  stripeScriptUrl: string | null;
};

/** Runs 3-D Secure (`handleCardAction`) once, lets the server confirm again, then follows the server's next step. */
export function ThreeDSecureRunner({ paymentId, clientSecret, merchantName, publishableKey, stripeScriptUrl }: Props) {
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      const stripe = await getStripe(publishableKey, stripeScriptUrl);
      if (!stripe) throw new Error('The payment provider could not be loaded.');
      // The outcome is read by the server, not taken from the browser.
      await stripe.handleCardAction(clientSecret);
      const step: PaymentStep = await confirmPaymentAction({ paymentId });
      if (step.kind === 'redirect') return window.location.assign(step.url);
      if (step.kind === 'failed' && step.code === 'rate_limited') return setError(step.message);
      if (step.kind === 'unavailable' && step.returnUrl) return window.location.assign(step.returnUrl);
      window.location.assign(returnUrlFor('', paymentId));
    })().catch(() => setError('We could not complete the verification. Check your connection and reload this page.'));
  }, [paymentId, clientSecret, publishableKey, stripeScriptUrl]);

  return (
    <section
      className="rounded-2xl border border-slate-200 bg-white p-7 text-center shadow-sm sm:p-10"
      aria-live="polite"
    >
      <h1 className="text-xl font-semibold text-slate-900">Confirm your payment to {merchantName}</h1>
      {error ? (
        <p role="alert" className="mt-4 text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p className="mt-4 flex items-center justify-center gap-2 text-sm text-slate-600">
          <Spinner /> Your bank is asking you to verify this payment…
        </p>
      )}
    </section>
  );
}
