'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PaymentForm, type PaymentFormProps } from '@/components/checkout/payment-form';
import type { PaymentNavigator } from '@/components/checkout/payment-navigator';
import { EmbedPaymentWaiter, type WaitOutcome } from './embed-payment-waiter';
import { EmbedStatus } from './embed-status';
import { RedirectChallengeDialog } from './redirect-challenge-dialog';
import { useEmbedHost } from './use-embed-host';

export type EmbedInitialState =
  | { kind: 'open' }
  | { kind: 'expired' }
  /** `authorized`: the card is held for a later capture (manual capture), not charged yet. */
  | { kind: 'paid'; paymentId: string; authorized: boolean }
  /** Opened from a payment link that no longer takes payments: its inactive message instead of the form. */
  | { kind: 'link_unavailable'; message: string };

type State =
  | { kind: 'open'; attempt: number; error: string | null }
  | { kind: 'waiting'; attempt: number; paymentId: string }
  | { kind: 'paid'; paymentId: string; authorized: boolean }
  | { kind: 'expired' }
  | { kind: 'link_unavailable'; message: string };

type Challenge = { url: string; paymentId: string; resolve(returned: boolean): void };

type Props = {
  sessionId: string;
  /** The session's embed origin: the only page messages are posted to. */
  hostOrigin: string;
  /** Shown in embed.js's overlay: the checkout offers Done/Close buttons that ask the host to close it. */
  overlay: boolean;
  merchantName: string;
  totalLabel: string;
  initial: EmbedInitialState;
  summary: React.ReactNode;
  form: Omit<PaymentFormProps, 'navigator'>;
};

/**
 * The checkout inside the merchant's frame: the order and the payment form, 3-D Secure in the frame,
 * then the webhook-backed status, each step reported to the host page by the embed protocol.
 */
export function EmbeddedCheckout({
  sessionId,
  hostOrigin,
  overlay,
  merchantName,
  totalLabel,
  initial,
  summary,
  form,
}: Props) {
  const { content, post, setTall } = useEmbedHost(sessionId, hostOrigin);
  const poweredBy = useTranslations('embed')('secureCheckout');
  const [state, setState] = useState<State>(() =>
    initial.kind === 'open' ? { kind: 'open', attempt: 0, error: null } : initial,
  );
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    post({ type: 'ready' });
    if (initial.kind === 'paid')
      post({ type: initial.authorized ? 'authorized' : 'succeeded', payment: initial.paymentId });
    if (initial.kind === 'expired') post({ type: 'expired' });
  }, [initial, post]);

  useEffect(() => {
    if (!overlay) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !busy.current && !event.defaultPrevented) post({ type: 'close' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [overlay, post]);

  const navigator: PaymentNavigator = {
    mode: 'embed',
    onEvent(event) {
      busy.current = event.type !== 'failed';
      // Grow the frame before the challenge shows, so the host sees it whole.
      setTall(event.type === 'requires_action');
      post(event);
    },
    runRedirectChallenge(url, paymentId) {
      return new Promise((resolve) => setChallenge({ url, paymentId, resolve }));
    },
    onAccepted(paymentId) {
      setState((current) => ({ kind: 'waiting', attempt: current.kind === 'open' ? current.attempt : 0, paymentId }));
    },
  };

  const finishChallenge = useCallback((returned: boolean) => {
    setChallenge((current) => {
      current?.resolve(returned);
      return null;
    });
  }, []);

  const onWaitOutcome = useCallback(
    (outcome: WaitOutcome) => {
      busy.current = false;
      if (outcome.kind === 'succeeded' || outcome.kind === 'authorized') {
        post({ type: outcome.kind, payment: outcome.paymentId });
        setState({ kind: 'paid', paymentId: outcome.paymentId, authorized: outcome.kind === 'authorized' });
      } else if (outcome.kind === 'failed') {
        post({ type: 'failed', code: outcome.code, message: outcome.message });
        setState((current) => ({
          kind: 'open',
          attempt: (current.kind === 'waiting' ? current.attempt : 0) + 1,
          error: outcome.message,
        }));
      } else {
        post({ type: 'expired' });
        setState({ kind: 'expired' });
      }
    },
    [post],
  );

  const close = overlay ? () => post({ type: 'close' }) : undefined;

  return (
    <main data-embed-root className="min-h-dvh">
      <div ref={content}>
        <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white">
          {state.kind === 'paid' || state.kind === 'expired' || state.kind === 'link_unavailable' ? (
            <EmbedStatus state={state} merchantName={merchantName} totalLabel={totalLabel} onClose={close} />
          ) : (
            <div className="grid md:grid-cols-[1fr_1.15fr]">
              <div className="border-b border-slate-200 bg-slate-50/70 p-5 sm:p-7 md:border-r md:border-b-0">
                {summary}
              </div>
              <div className="p-5 sm:p-7">
                {state.kind === 'waiting' ? (
                  <EmbedPaymentWaiter key={state.attempt} paymentId={state.paymentId} onOutcome={onWaitOutcome} />
                ) : (
                  <>
                    {state.error && (
                      <p
                        role="alert"
                        className="mb-5 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
                      >
                        {state.error}
                      </p>
                    )}
                    <PaymentForm key={state.attempt} {...form} navigator={navigator} />
                  </>
                )}
              </div>
            </div>
          )}
          <p className="flex items-center justify-center gap-1.5 border-t border-slate-200 px-5 py-3 text-xs text-slate-500">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="h-3.5 w-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <rect x="5" y="11" width="14" height="10" rx="2" />
              <path d="M8 11V7a4 4 0 0 1 8 0v4" />
            </svg>
            {poweredBy} <span className="font-semibold text-slate-600">Tillpoint</span>
          </p>
        </div>
      </div>
      {challenge && (
        <RedirectChallengeDialog
          url={challenge.url}
          paymentId={challenge.paymentId}
          merchantName={merchantName}
          onDone={finishChallenge}
        />
      )}
    </main>
  );
}
