'use client';

import { useState } from 'react';
import { refundPaymentAction } from '@/lib/dashboard/actions/refund-payment-action';
import { minorUnitDigits } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { REFUND_REASONS, type RefundReason } from '@/lib/payments/refund-reasons';
import { ConfirmDialog } from './confirm-dialog';
import { REFUND_REASON_LABELS } from './refund-reason-labels';

type Props = { paymentId: string; currency: string; left: number; cardText: string };

/** Amount (empty = everything left) and an optional reason; the refund runs only after the merchant confirms. */
export function RefundForm({ paymentId, currency, left, cardText }: Props) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<RefundReason | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const typed = amount.trim() ? toMinorUnits(amount, currency) : left;
  const what = typed === null || typed === 0 ? 'this amount' : formatAmount(typed, currency);

  async function refund(): Promise<string | null> {
    setDone(null);
    const result = await refundPaymentAction({ paymentId, amount: amount.trim() || undefined, reason: reason || null });
    if (!result.ok) return result.error;
    setAmount('');
    setReason('');
    setDone(`Refunded ${formatAmount(result.data.amount, currency)}.`);
    return null;
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="refund-amount" className="mb-1 block text-sm font-medium text-slate-700">
            Amount to refund ({currency.toUpperCase()})
          </label>
          <input
            id="refund-amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            placeholder={(left / 10 ** minorUnitDigits(currency)).toFixed(minorUnitDigits(currency))}
            aria-describedby="refund-amount-hint"
            className="input"
          />
          <p id="refund-amount-hint" className="mt-1 text-xs text-slate-600">
            Leave it empty to refund everything left: {formatAmount(left, currency)}.
          </p>
        </div>
        <div>
          <label htmlFor="refund-reason" className="mb-1 block text-sm font-medium text-slate-700">
            Reason (optional)
          </label>
          <select
            id="refund-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value as RefundReason | '')}
            className="input"
          >
            <option value="">No reason given</option>
            {REFUND_REASONS.map((value) => (
              <option key={value} value={value}>
                {REFUND_REASON_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <ConfirmDialog trigger="Refund" title={`Refund ${what}?`} confirmLabel={`Refund ${what}`} onConfirm={refund}>
          <p>
            {what === 'this amount' ? 'The amount you typed' : what} goes back to the customer’s {cardText}. A refund
            cannot be undone; banks usually show it to the customer within 5–10 business days.
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
