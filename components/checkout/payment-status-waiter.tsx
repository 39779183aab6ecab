'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { confirmPaymentAction } from '@/lib/hosted/actions/confirm-payment-action';
import { failureMessageKey } from '@/lib/i18n/failure-message-key';
import type { PaymentStatusView } from '@/lib/payments/payment-status-view';
import { StatusCard } from '@/components/layout/checkout-shell';
import { Spinner } from './spinner';
import { usePaymentStatus } from './use-payment-status';

const FORWARD_AFTER_MS = 4_000;

type Props = {
  initial: PaymentStatusView;
  merchantName: string;
  receipt: React.ReactNode;
  /** The receipt of a card held for a later capture ("Total authorised"). */
  authorizedReceipt: React.ReactNode;
};

/**
 * Waits for the status a verified webhook writes to the database: pushed by server-sent events,
 * with a slow poll only as fallback. On mount it asks the server to confirm the payment again when
 * the customer has just come back from 3DS. Nothing the browser was told counts as success.
 */
export function PaymentStatusWaiter({ initial, merchantName, receipt, authorizedReceipt }: Props) {
  const { view, slow } = usePaymentStatus(initial.paymentId, initial);
  const t = useTranslations('status');
  const te = useTranslations('errors');
  const ta = useTranslations('authorization');
  const confirmed = useRef(false);

  useEffect(() => {
    if (initial.final || confirmed.current) return;
    confirmed.current = true;
    void confirmPaymentAction({ paymentId: initial.paymentId });
  }, [initial]);

  useEffect(() => {
    if ((view.outcome !== 'succeeded' && view.outcome !== 'authorized') || !view.successUrl) return;
    const timer = setTimeout(() => window.location.assign(view.successUrl!), FORWARD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [view]);

  // A page opened on an unpaid payment has nothing to wait for: it says so as a failure too.
  const failed =
    view.outcome === 'failed' || (view.outcome === 'unpaid' && initial.status === 'requires_payment_method');
  if (view.outcome === 'succeeded' || view.outcome === 'authorized') {
    const authorized = view.outcome === 'authorized';
    return (
      <StatusCard tone="success" title={authorized ? ta('title') : t('succeededTitle')}>
        <p>{authorized ? ta('body', { merchant: merchantName }) : t('thankYou', { merchant: merchantName })}</p>
        {view.completionMessage && <p className="whitespace-pre-line text-slate-800">{view.completionMessage}</p>}
        {authorized ? authorizedReceipt : receipt}
        {view.successUrl && (
          <>
            <p aria-live="polite">{t('returningTo', { merchant: merchantName })}</p>
            <a
              href={view.successUrl}
              className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
            >
              {t('continueTo', { merchant: merchantName })}
            </a>
          </>
        )}
      </StatusCard>
    );
  }
  if (failed) {
    return (
      <StatusCard tone="error" title={t('failedTitle')}>
        <p role="alert">{te(failureMessageKey(view.errorCode, view.declineCode), { seconds: 0 })}</p>
        <a
          href={view.retryUrl}
          className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
        >
          {t('tryAnotherCard')}
        </a>
      </StatusCard>
    );
  }
  if (view.outcome === 'canceled') {
    return (
      <StatusCard tone="warning" title={t('canceledTitle')}>
        <p>{t('canceledBody')}</p>
      </StatusCard>
    );
  }
  if (view.outcome === 'requires_action') {
    return (
      <StatusCard tone="warning" title={t('actionTitle')}>
        <p>{t('actionBody')}</p>
        <a
          href={view.retryUrl}
          className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
        >
          {t('returnToCheckout')}
        </a>
      </StatusCard>
    );
  }
  return (
    <StatusCard tone="info" title={t('confirmingTitle')}>
      <div className="flex justify-center text-brand-600">
        <Spinner className="h-7 w-7" />
      </div>
      <p aria-live="polite">{slow ? t('confirmingSlow') : t('confirmingUsual')}</p>
    </StatusCard>
  );
}
