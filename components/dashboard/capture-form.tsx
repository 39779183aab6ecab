'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { cancelAuthorizationAction } from '@/lib/dashboard/actions/cancel-authorization-action';
import { capturePaymentAction } from '@/lib/dashboard/actions/capture-payment-action';
import { minorUnitDigits } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { ConfirmDialog } from './confirm-dialog';

type Props = { paymentId: string; currency: string; authorized: number; cardText: string };

const REFRESH_PENDING_MS = 3000;

/** Capture (all, or the amount typed) or release an authorization; each runs only after the merchant confirms. */
export function CaptureForm({ paymentId, currency, authorized, cardText }: Props) {
  const router = useRouter();
  const [amount, setAmount] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const typed = amount.trim() ? toMinorUnits(amount, currency) : authorized;
  const what = typed === null || typed === 0 ? 'this amount' : formatAmount(typed, currency);
  const released =
    typed !== null && typed > 0 && typed < authorized ? formatAmount(authorized - typed, currency) : null;

  // A request Stripe has not confirmed yet: look again until the webhook has settled it.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), REFRESH_PENDING_MS);
    return () => clearInterval(timer);
  }, [pending, router]);

  async function capture(): Promise<string | null> {
    setDone(null);
    const result = await capturePaymentAction({ paymentId, amount: amount.trim() || undefined });
    if (!result.ok) return result.error;
    setPending(!result.data.settled);
    setDone(
      result.data.settled
        ? `Captured ${formatAmount(result.data.amountCaptured ?? 0, currency)}.`
        : 'Capture sent; waiting for Stripe to confirm it.',
    );
    router.refresh();
    return null;
  }

  async function cancel(): Promise<string | null> {
    setDone(null);
    const result = await cancelAuthorizationAction({ paymentId });
    if (!result.ok) return result.error;
    setPending(!result.data.settled);
    setDone(result.data.settled ? 'Authorization released.' : 'Cancellation sent; waiting for Stripe to confirm it.');
    router.refresh();
    return null;
  }

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="capture-amount" className="mb-1 block text-sm font-medium text-slate-700">
          Amount to capture ({currency.toUpperCase()})
        </label>
        <input
          id="capture-amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          placeholder={(authorized / 10 ** minorUnitDigits(currency)).toFixed(minorUnitDigits(currency))}
          aria-describedby="capture-amount-hint"
          className="input sm:max-w-xs"
        />
        <p id="capture-amount-hint" className="mt-1 text-xs text-slate-600">
          Leave it empty to capture all {formatAmount(authorized, currency)}. Whatever you do not capture is released to
          the customer.
        </p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <ConfirmDialog
          trigger="Capture"
          title={`Capture ${what}?`}
          confirmLabel={`Capture ${what}`}
          onConfirm={capture}
          tone="primary"
          triggerClassName="btn-primary"
        >
          <p>
            The customer’s {cardText} is charged {what === 'this amount' ? 'the amount you typed' : what}.
            {released && ` The other ${released} of the authorization is released and can never be captured.`} A payment
            is captured once only.
          </p>
        </ConfirmDialog>
        <ConfirmDialog
          trigger="Cancel authorization"
          title="Cancel this authorization?"
          confirmLabel="Cancel authorization"
          onConfirm={cancel}
        >
          <p>
            The hold of {formatAmount(authorized, currency)} on the customer’s {cardText} is released and nothing is
            charged. This cannot be undone.
          </p>
        </ConfirmDialog>
        {done && (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {done}
          </p>
        )}
      </div>
    </div>
  );
}
