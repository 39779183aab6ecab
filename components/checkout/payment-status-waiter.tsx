'use client';

import { useEffect, useRef } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import type { PaymentStatusView } from '@/lib/payments/payment-status-view';
import { StatusCard } from '@/components/layout/checkout-shell';
import { Spinner } from './spinner';
import { usePaymentStatus } from './use-payment-status';

const FORWARD_AFTER_MS = 4_000;

type Props = { initial: PaymentStatusView; merchantName: string; receipt: React.ReactNode };

/**
 * Waits for the status a verified webhook writes to the database: pushed by server-sent events,
 * with a slow poll only as fallback. On mount it asks the server to confirm the payment again when
 * the customer has just come back from 3DS. Nothing the browser was told counts as success.
 */
export function PaymentStatusWaiter({ initial, merchantName, receipt }: Props) {
  const { view, slow } = usePaymentStatus(initial.paymentId, initial);
  const confirmed = useRef(false);

  useEffect(() => {
    if (initial.final || confirmed.current) return;
    confirmed.current = true;
    void confirmPaymentAction({ paymentId: initial.paymentId });
  }, [initial]);

  useEffect(() => {
    if (view.outcome !== 'succeeded' || !view.successUrl) return;
    const timer = setTimeout(() => window.location.assign(view.successUrl!), FORWARD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [view]);

  // A page opened on an unpaid payment has nothing to wait for: it says so as a failure too.
  const failed =
    view.outcome === 'failed' || (view.outcome === 'unpaid' && initial.status === 'requires_payment_method');
  if (view.outcome === 'succeeded') {
    return (
      <StatusCard tone="success" title="Payment successful">
        <p>Thank you! {merchantName} has received your payment.</p>
        {view.completionMessage && <p className="whitespace-pre-line text-slate-800">{view.completionMessage}</p>}
        {receipt}
        {view.successUrl && (
          <>
            <p aria-live="polite">Returning you to {merchantName}…</p>
            <a
              href={view.successUrl}
              className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
            >
              Continue to {merchantName}
            </a>
          </>
        )}
      </StatusCard>
    );
  }
  if (failed) {
    return (
      <StatusCard tone="error" title="Payment failed">
        <p role="alert">{view.errorMessage ?? 'Your payment could not be completed.'}</p>
        <a
          href={view.retryUrl}
          className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
        >
          Try another card
        </a>
      </StatusCard>
    );
  }
  if (view.outcome === 'canceled') {
    return (
      <StatusCard tone="warning" title="Payment canceled">
        <p>This payment was canceled and you were not charged.</p>
      </StatusCard>
    );
  }
  if (view.outcome === 'requires_action') {
    return (
      <StatusCard tone="warning" title="Authentication not completed">
        <p>Your bank is still waiting for you to confirm this payment.</p>
        <a
          href={view.retryUrl}
          className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
        >
          Return to checkout
        </a>
      </StatusCard>
    );
  }
  return (
    <StatusCard tone="info" title="Confirming your payment…">
      <div className="flex justify-center text-brand-600">
        <Spinner className="h-7 w-7" />
      </div>
      <p aria-live="polite">
        {slow
          ? 'This is taking longer than usual. Your payment is still being confirmed; keep this page open and it will update by itself.'
          : 'This usually takes a few seconds. Please keep this page open.'}
      </p>
    </StatusCard>
  );
}
