'use client';

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { StripeElementLocale } from '@stripe/stripe-js';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { confirmPaymentAction } from '@/lib/checkout/actions/confirm-payment-action';
import { startPaymentAction } from '@/lib/checkout/actions/start-payment-action';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { failureMessageKey, unavailableMessageKey } from '@/lib/i18n/failure-message-key';
import { CustomerDetailsFields, type CustomerDetailsProps } from './customer-details-fields';
import { LinkedText } from './linked-text';
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
  /** The checkout's own customer fields, when the session asks for a name, phone or address. */
  customerDetails?: CustomerDetailsProps | null;
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
        locale: props.locale as StripeElementLocale,
        appearance: { theme: 'stripe', variables: { colorPrimary: props.brandColor, borderRadius: '8px' } },
      }}
    >
      <CheckoutForm {...props} />
    </Elements>
  );
}

type Phase = 'idle' | 'submitting' | 'authenticating' | 'redirecting';

function CheckoutForm({ sessionId, payLabel, defaultEmail, embedding, customerDetails }: PaymentFormProps) {
  const t = useTranslations('checkout');
  const te = useTranslations('errors');
  const td = useTranslations('details');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const billingAddress = customerDetails?.options.billing_address_collection === 'required';
  const [consented, setConsented] = useState(false);
  const consentMissing = Boolean(customerDetails?.termsUrl) && !consented;
  const customText = customerDetails?.options.custom_text;
  const INTERRUPTED = te('interrupted');
  const CANCELED = te('authenticationCanceled');
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
        case 'unavailable': {
          if (step.returnUrl) {
            if (embedding) window.location.reload();
            else window.location.assign(step.returnUrl);
            return;
          }
          if (step.reason !== 'busy') window.location.reload();
          const unavailableKey = unavailableMessageKey(step.reason);
          const unavailable = unavailableKey ? te(unavailableKey) : step.message;
          setError(unavailable);
          throw new StepFailure(step.reason, unavailable);
        }
        case 'failed': {
          if (step.fieldErrors) setFieldErrors(step.fieldErrors);
          const failed = step.fieldErrors
            ? td('errors.checkDetails')
            : te(failureMessageKey(step.code, step.declineCode), { seconds: step.retryAfterSeconds ?? 0 });
          setError(failed);
          throw new StepFailure(step.code, failed);
        }
      }
    }
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (inFlight.current || !stripe || !elements) return;
    const details = customerFields(event.currentTarget as HTMLFormElement);
    inFlight.current = true;
    setError(null);
    setFieldErrors({});
    setPhase('submitting');
    let attempted = false;
    try {
      const submitted = await elements.submit();
      if (submitted.error) throw new Error(submitted.error.message ?? te('checkCardDetails'));
      const created = await stripe.createPaymentMethod({
        elements,
        params: { billing_details: billingDetails(email, details, billingAddress) },
      });
      if (created.error) {
        setError(created.error.message ?? te('checkCardDetails'));
        throw new Error('card');
      }
      attempted = true;
      embedding?.onEvent({ type: 'processing' });
      await follow(await startPaymentAction({ sessionId, paymentMethodId: created.paymentMethod.id, email, details }));
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
        disabled={busy || !stripe || !elements || consentMissing}
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

/** The checkout's own fields by name (the card fields live in the payment provider's frame, not in this form). */
function customerFields(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries(
    [...new FormData(form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'email',
    ),
  );
}

/** What the card's PaymentMethod carries: the email, and the name, phone and billing address the customer gave. */
function billingDetails(email: string, details: Record<string, string>, withAddress: boolean) {
  const or = (value: string | undefined) => value?.trim() || undefined;
  return {
    email,
    ...(or(details.name) && { name: or(details.name) }),
    ...(or(details.phone) && { phone: or(details.phone) }),
    ...(withAddress && {
      address: {
        line1: details.billing_line1 ?? '',
        line2: details.billing_line2 ?? '',
        city: details.billing_city ?? '',
        state: details.billing_state ?? '',
        postal_code: details.billing_postal_code ?? '',
        country: details.billing_country ?? '',
      },
    }),
  };
}
