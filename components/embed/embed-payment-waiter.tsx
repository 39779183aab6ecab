'use client';

import { useEffect } from 'react';
import { Spinner } from '@/components/checkout/spinner';
import { usePaymentStatus } from '@/components/checkout/use-payment-status';

export type WaitOutcome =
  { kind: 'succeeded'; paymentId: string } | { kind: 'failed'; code: string; message: string } | { kind: 'canceled' };

/**
 * Waits in the frame for the status a verified webhook writes to the database, then reports the
 * outcome once. Nothing the browser was told counts as success.
 */
export function EmbedPaymentWaiter({
  paymentId,
  onOutcome,
}: {
  paymentId: string;
  onOutcome(outcome: WaitOutcome): void;
}) {
  const { view, slow } = usePaymentStatus(paymentId);

  useEffect(() => {
    if (!view) return;
    if (view.outcome === 'succeeded') onOutcome({ kind: 'succeeded', paymentId: view.paymentId });
    else if (view.outcome === 'canceled') onOutcome({ kind: 'canceled' });
    else if (view.outcome === 'failed') {
      onOutcome({ kind: 'failed', code: view.errorCode ?? 'payment_failed', message: view.errorMessage ?? '' });
    }
  }, [view, onOutcome]);

  return (
    <div className="flex min-h-64 flex-col items-center justify-center gap-4 text-center" aria-live="polite">
      <Spinner className="h-7 w-7 text-brand-600" />
      <div>
        <h2 className="font-semibold text-slate-900">Confirming your payment…</h2>
        <p className="mt-1 text-sm text-slate-600">
          {slow
            ? 'This is taking longer than usual. Your payment is still being confirmed; keep this page open.'
            : 'This usually takes a few seconds.'}
        </p>
      </div>
    </div>
  );
}
