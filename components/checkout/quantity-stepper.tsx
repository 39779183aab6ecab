'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { changeQuantityAction } from '@/lib/hosted/actions/change-quantity-action';
import { formatAmount } from '@/lib/money/format-amount';
import { useHydrated } from './use-hydrated';
import { setCheckoutActivity, useCheckoutActivity } from './checkout-activity';

export type QuantityStepperProps = {
  sessionId: string;
  /** The item's place in the session's list. */
  position: number;
  itemName: string;
  quantity: number;
  minimum: number;
  maximum: number;
};

const BUTTON =
  'flex h-8 w-8 items-center justify-center rounded-md border border-slate-300 bg-white text-base font-semibold text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * −/+ and a number field for an item the customer may buy more or fewer of. Every change goes to the server,
 * which checks the bounds and recomputes the totals; the page then re-renders with the server's amounts.
 * Disabled while a payment is in flight.
 */
export function QuantityStepper({ sessionId, position, itemName, quantity, minimum, maximum }: QuantityStepperProps) {
  const t = useTranslations('quantity');
  const locale = useLocale();
  const router = useRouter();
  const { paying } = useCheckoutActivity();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState(String(quantity));
  const [shown, setShown] = useState(quantity);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (shown !== quantity) {
    // The server's quantity arrived (after a refresh): it replaces whatever was typed.
    setShown(quantity);
    setDraft(String(quantity));
  }
  // Server-rendered disabled: a press before hydration would do nothing.
  const hydrated = useHydrated();
  const disabled = !hydrated || pending || paying;
  const id = `quantity-${position}`;

  function change(next: number) {
    if (!Number.isInteger(next) || next < minimum || next > maximum) {
      setProblem(t('outOfBounds', { minimum, maximum }));
      setDraft(String(quantity));
      return;
    }
    if (next === quantity) return;
    setDraft(String(next));
    setProblem(null);
    setCheckoutActivity({ changingQuantity: true });
    startTransition(async () => {
      try {
        const result = await changeQuantityAction({ sessionId, position, quantity: next });
        if (result.kind === 'changed') {
          setAnnouncement(t('updated', { total: formatAmount(result.amountTotal, result.currency, locale) }));
          router.refresh();
        } else {
          setProblem(result.reason === 'invalid' ? t('outOfBounds', { minimum, maximum }) : t(result.reason));
          setDraft(String(quantity));
        }
      } finally {
        setCheckoutActivity({ changingQuantity: false });
      }
    });
  }

  return (
    <div className="mt-2">
      <div className="flex items-center gap-1.5" role="group" aria-label={t('label', { item: itemName })}>
        <button
          type="button"
          className={BUTTON}
          aria-label={t('decrease', { item: itemName })}
          disabled={disabled || quantity <= minimum}
          onClick={() => change(quantity - 1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={minimum}
          max={maximum}
          step={1}
          value={draft}
          disabled={disabled}
          aria-label={t('label', { item: itemName })}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => change(Number(draft))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              change(Number(draft));
            }
          }}
          className="h-8 w-16 rounded-md border border-slate-300 bg-white px-2 text-center text-sm tabular-nums shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 disabled:bg-slate-50"
        />
        <button
          type="button"
          className={BUTTON}
          aria-label={t('increase', { item: itemName })}
          disabled={disabled || quantity >= maximum}
          onClick={() => change(quantity + 1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="mt-1 text-xs text-red-700">
          {problem}
        </p>
      )}
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
