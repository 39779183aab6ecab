'use client';

import { useElements, useStripe } from '@stripe/react-stripe-js';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import { startPaymentAction } from '@/lib/hosted/actions/start-payment-action';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { failureMessageKey, unavailableMessageKey } from '@/lib/i18n/failure-message-key';
import { nextMove, type PaymentMove } from './payment-moves';
import type { PaymentFormEvent, PaymentNavigator } from './payment-navigator';

export type PaymentPhase = 'idle' | 'submitting' | 'authenticating' | 'redirecting';

/** A step that ends the attempt unpaid, with the processor's code and the customer's message. */
class StepFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The checkout form's steps, from Pay to the outcome: create the payment method, start the payment, then
 * follow the server's steps (3-D Secure, confirm again) until the page leaves or the embed waits. Must
 * run inside Stripe's `<Elements>`. The outcome is always read by the server, never taken from the browser.
 */
export function usePaymentSteps(sessionId: string, navigator: PaymentNavigator) {
  const stripe = useStripe();
  const elements = useElements();
  const te = useTranslations('errors');
  const td = useTranslations('details');
  const INTERRUPTED = te('interrupted');
  const CANCELED = te('authenticationCanceled');
  const [phase, setPhase] = useState<PaymentPhase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const inFlight = useRef(false);
  const emit = (event: PaymentFormEvent) => {
    if (navigator.mode === 'embed') navigator.onEvent(event);
  };

  async function follow(step: PaymentStep): Promise<void> {
    for (;;) {
      const move = nextMove(step, navigator.mode);
      switch (move.kind) {
        case 'three_d_secure_modal':
        case 'three_d_secure_in_frame':
          setPhase('authenticating');
          emit({ type: 'requires_action' });
          if (move.kind === 'three_d_secure_modal') await stripe!.handleCardAction(move.clientSecret);
          else if (!(navigator.mode === 'embed' && (await navigator.runRedirectChallenge(move.url, move.paymentId)))) {
            setError(CANCELED);
            throw new StepFailure('authentication_canceled', CANCELED);
          }
          setPhase('submitting');
          emit({ type: 'processing' });
          step = await confirmPaymentAction({ paymentId: move.paymentId });
          continue;
        case 'navigate':
          if (move.redirecting) setPhase('redirecting');
          window.location.assign(move.url);
          return;
        case 'wait_in_frame':
          if (navigator.mode === 'embed') navigator.onAccepted(move.paymentId);
          return;
        case 'reload':
          window.location.reload();
          return;
        case 'fail': {
          if (move.reload) window.location.reload();
          if (move.fieldErrors) setFieldErrors(move.fieldErrors);
          const message = failureText(move);
          setError(message);
          throw new StepFailure(move.code, message);
        }
      }
    }
  }

  /** The failure in the customer's language; a payment link's own message stays as the merchant wrote it. */
  function failureText(move: Extract<PaymentMove, { kind: 'fail' }>): string {
    if (move.fieldErrors) return td('errors.checkDetails');
    if (move.reload || move.code === 'busy') {
      const key = unavailableMessageKey(move.code);
      return key ? te(key) : move.message;
    }
    return te(failureMessageKey(move.code, move.declineCode), { seconds: move.retryAfterSeconds ?? 0 });
  }

  /** Pay with the card in Stripe's frame, the checkout's own fields (`details`) and, when asked, the billing address. */
  async function pay(email: string, details: Record<string, string>, withBillingAddress: boolean) {
    if (inFlight.current || !stripe || !elements) return;
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
        params: { billing_details: billingDetails(email, details, withBillingAddress) },
      });
      if (created.error) {
        setError(created.error.message ?? te('checkCardDetails'));
        throw new Error('card');
      }
      attempted = true;
      emit({ type: 'processing' });
      await follow(await startPaymentAction({ sessionId, paymentMethodId: created.paymentMethod.id, email, details }));
    } catch (error) {
      inFlight.current = false;
      setPhase('idle');
      if (attempted && !(error instanceof StepFailure)) setError(INTERRUPTED);
      if (attempted)
        emit({
          type: 'failed',
          ...(error instanceof StepFailure
            ? { code: error.code, message: error.message }
            : { code: 'interrupted', message: INTERRUPTED }),
        });
    }
  }

  return { phase, error, fieldErrors, ready: Boolean(stripe && elements), pay };
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
