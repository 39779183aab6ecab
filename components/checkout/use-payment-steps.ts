'use client';

import { useElements, useStripe } from '@stripe/react-stripe-js';
import { useRef, useState } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import { startPaymentAction } from '@/lib/hosted/actions/start-payment-action';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { nextMove } from './payment-moves';
import type { PaymentFormEvent, PaymentNavigator } from './payment-navigator';

export type PaymentPhase = 'idle' | 'submitting' | 'authenticating' | 'redirecting';

const INTERRUPTED = 'The payment was interrupted before it completed. Check your connection and try again.';
const CANCELED = 'The verification with your bank was not completed. Press Pay to try again.';

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
  const [phase, setPhase] = useState<PaymentPhase>('idle');
  const [error, setError] = useState<string | null>(null);
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
        case 'fail':
          if (move.reload) window.location.reload();
          setError(move.message);
          throw new StepFailure(move.code, move.message);
      }
    }
  }

  async function pay(email: string) {
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
      emit({ type: 'processing' });
      await follow(await startPaymentAction({ sessionId, paymentMethodId: created.paymentMethod.id, email }));
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

  return { phase, error, ready: Boolean(stripe && elements), pay };
}
