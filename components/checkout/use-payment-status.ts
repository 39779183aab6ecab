'use client';

import { useEffect, useState } from 'react';
import type { PaymentStatusView } from '@/lib/payments/payment-status-view';

const SLOW_AFTER_MS = 15_000;
const FALLBACK_POLL_MS = 10_000;

/**
 * A payment's status as the database has it (written from verified webhooks): pushed by server-sent
 * events, with a slow poll only as fallback. `slow` turns true when no final status came for 15 s.
 * With a null payment id it waits for nothing.
 */
export function usePaymentStatus(
  paymentId: string,
  initial: PaymentStatusView,
): { view: PaymentStatusView; slow: boolean };
export function usePaymentStatus(paymentId: string | null): { view: PaymentStatusView | null; slow: boolean };
export function usePaymentStatus(paymentId: string | null, initial: PaymentStatusView | null = null) {
  const [view, setView] = useState(initial);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    if (!paymentId || initial?.final) return;
    const source = new EventSource(`/api/payments/${paymentId}/events`);
    const apply = (next: PaymentStatusView) => {
      // A final status ends the stream: stop listening so the browser does not reconnect.
      if (next.final) {
        source.close();
        clearInterval(poll);
      }
      setView((current) => (current?.final ? current : next));
    };
    source.addEventListener('status', (event) =>
      apply(JSON.parse((event as MessageEvent<string>).data) as PaymentStatusView),
    );
    // Declared after `apply`, which only runs later (on an event or a tick), so it always sees the timer.
    const poll = setInterval(async () => {
      const response = await fetch(`/api/payments/${paymentId}/status`, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) apply((await response.json()) as PaymentStatusView);
    }, FALLBACK_POLL_MS);
    const slowTimer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      source.close();
      clearInterval(poll);
      clearTimeout(slowTimer);
    };
  }, [paymentId, initial]);

  return { view, slow };
}
