'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Spinner } from '@/components/checkout/spinner';
import { usePaymentStatus } from '@/components/checkout/use-payment-status';
import { failureMessageKey } from '@/lib/i18n/failure-message-key';

export type WaitOutcome =
  | { kind: 'succeeded'; paymentId: string }
  | { kind: 'authorized'; paymentId: string }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'canceled' };

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
  const t = useTranslations('embed');
  const ts = useTranslations('status');
  const te = useTranslations('errors');

  useEffect(() => {
    if (!view) return;
    if (view.outcome === 'succeeded' || view.outcome === 'authorized')
      onOutcome({ kind: view.outcome, paymentId: view.paymentId });
    else if (view.outcome === 'canceled') onOutcome({ kind: 'canceled' });
    else if (view.outcome === 'failed') {
      const message = te(failureMessageKey(view.errorCode, view.declineCode), { seconds: 0 });
      onOutcome({ kind: 'failed', code: view.errorCode ?? 'payment_failed', message });
    }
  }, [view, onOutcome, te]);

  return (
    <div className="flex min-h-64 flex-col items-center justify-center gap-4 text-center" aria-live="polite">
      <Spinner className="h-7 w-7 text-brand-600" />
      <div>
        <h2 className="font-semibold text-slate-900">{ts('confirmingTitle')}</h2>
        <p className="mt-1 text-sm text-slate-600">{slow ? t('confirmingSlow') : t('confirmingUsual')}</p>
      </div>
    </div>
  );
}
