'use client';

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { useRef, useState } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import { startPaymentAction } from '@/lib/hosted/actions/start-payment-action';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { getStripe } from './load-stripe';
import { Spinner } from './spinner';

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
  /** Set by the embedded checkout (/embed), which stays in its frame instead of navigating. */
  embedding?: PaymentFormEmbedding;
};

/** What the embedded checkout learns from the form, and the steps it takes over from page navigation. */
export type PaymentFormEmbedding = {
  /** `processing`: a card was submitted, or 3DS finished and the server confirms; `requires_action`: the bank's challenge shows; `failed`: the attempt ended unpaid. */
  onEvent(
    event: { type: 'processing' } | { type: 'requires_action' } | { type: 'failed'; code: string; message: string },
  ): void;
  /** Shows a 3DS redirect challenge inside the frame; true once the bank's page sent the customer back, false if they closed it. */
  runRedirectChallenge(url: string, paymentId: string): Promise<boolean>;
  /** The processor has the payment: wait for its webhook-backed status here instead of on /return. */
  onAccepted(paymentId: string): void;
};

/** A step that ends the attempt unpaid, with the processor's code and the customer's message. */
class StepFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

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

type Phase = 'idle' | 'submitting' | 'authenticating' | 'redirecting';

const INTERRUPTED = 'The payment was interrupted before it completed. Check your connection and try again.';
const CANCELED = 'The verification with your bank was not completed. Press Pay to try again.';

function CheckoutForm({ sessionId, payLabel, defaultEmail, embedding }: PaymentFormProps) {
  const stripe = useStripe();
  const elements = useElements();
  const [email, setEmail] = useState(defaultEmail);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const busy = phase !== 'idle';

  async function follow(step: PaymentStep): Promise<void> {
    for (;;) {
      switch (step.kind) {
        case 'requires_action':
        case 'redirect':
          if (step.kind === 'redirect' && !embedding) {
            setPhase('redirecting');
            window.location.assign(step.url);
            return;
          }
          setPhase('authenticating');
          embedding?.onEvent({ type: 'requires_action' });
          // The outcome is read by the server, not taken from the browser.
          if (step.kind === 'requires_action') await stripe!.handleCardAction(step.clientSecret);
          else if (!(await embedding!.runRedirectChallenge(step.url, step.paymentId))) {
            setError(CANCELED);
            throw new StepFailure('authentication_canceled', CANCELED);
          }
          setPhase('submitting');
          embedding?.onEvent({ type: 'processing' });
          step = await confirmPaymentAction({ paymentId: step.paymentId });
          continue;
        case 'processing':
          if (embedding) return embedding.onAccepted(step.paymentId);
          setPhase('redirecting');
          window.location.assign(step.returnUrl);
          return;
        case 'unavailable':
          if (step.returnUrl) {
            if (embedding) window.location.reload();
            else window.location.assign(step.returnUrl);
            return;
          }
          if (step.reason !== 'busy') window.location.reload();
          setError(step.message);
          throw new StepFailure(step.reason, step.message);
        case 'failed':
          setError(step.message);
          throw new StepFailure(step.code, step.message);
      }
    }
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (inFlight.current || !stripe || !elements) return;
    inFlight.current = true;
    setError(null);
    setPhase('submitting');
    let attempted = false;
    try {
      const submitted = await elements.submit();
      if (submitted.error) throw new Error(submitted.error.message ?? 'Check your card details.');
      const created = await stripe.createPaymentMethod({ elements, params: { billing_details: { email } } });
      if (created.error) {
        setError(created.error.message ?? 'Check your card details.');
        throw new Error('card');
      }
      attempted = true;
      embedding?.onEvent({ type: 'processing' });
      await follow(await startPaymentAction({ sessionId, paymentMethodId: created.paymentMethod.id, email }));
    } catch (error) {
      inFlight.current = false;
      setPhase('idle');
      if (attempted && !(error instanceof StepFailure)) setError(INTERRUPTED);
      if (attempted)
        embedding?.onEvent({
          type: 'failed',
          ...(error instanceof StepFailure
            ? { code: error.code, message: error.message }
            : { code: 'interrupted', message: INTERRUPTED }),
        });
    }
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
        disabled={busy || !stripe || !elements}
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
