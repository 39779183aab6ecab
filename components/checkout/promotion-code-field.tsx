'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { DiscountRefusalReason } from '@/lib/discounts/discount-refusal';
import { promotionCodeAction, type PromotionCodeActionResult } from '@/lib/hosted/actions/promotion-code-action';
import { formatAmount } from '@/lib/money/format-amount';
import { setCheckoutActivity, useCheckoutActivity } from './checkout-activity';
import { useHydrated } from './use-hydrated';

export type PromotionCodeFieldProps = {
  sessionId: string;
  currency: string;
  /** The code the session carries, as the customer typed it (the merchant's spelling). */
  appliedCode: string | null;
  /** Why the applied code can no longer be used (after a Pay the server refused), for the message beside it. */
  problem: DiscountRefusalReason | null;
};

type ErrorKey =
  Exclude<DiscountRefusalReason, 'inactive' | 'currency_mismatch'> | 'unavailable' | 'rate_limited' | 'error';

/** The server's reason as the sentence key under `promotion.errors`: what a customer can act on, nothing more. */
function errorKey(reason: Extract<PromotionCodeActionResult, { ok: false }>['reason']): ErrorKey {
  return reason === 'inactive' || reason === 'currency_mismatch' ? 'invalid' : reason;
}

const INPUT =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] uppercase shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 disabled:bg-slate-50';
const BUTTON =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60';

/**
 * The checkout's promotion code field (`allow_promotion_codes`). The code goes to the server, which checks
 * it and recomputes the total; the page then re-renders with the server's amounts. Refusals show beside the
 * field in the customer's language. Disabled while a payment is in flight.
 */
export function PromotionCodeField({ sessionId, currency, appliedCode, problem }: PromotionCodeFieldProps) {
  const t = useTranslations('promotion');
  const locale = useLocale();
  const router = useRouter();
  const { paying } = useCheckoutActivity();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<ErrorKey | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const disabled = pending || paying;
  const shownError = error ?? (problem ? errorKey(problem) : null);

  function submit(code: string | null) {
    setError(null);
    setCheckoutActivity({ changingDiscount: true });
    startTransition(async () => {
      try {
        const result = await promotionCodeAction({ sessionId, code });
        if (result.ok) {
          const total = formatAmount(result.amountTotal, currency, locale);
          setAnnouncement(code === null ? t('removed', { total }) : t('applied', { code: code.toUpperCase(), total }));
          setDraft('');
          setOpen(false);
          router.refresh();
        } else setError(errorKey(result.reason));
      } finally {
        setCheckoutActivity({ changingDiscount: false });
      }
    });
  }

  const message = shownError && (
    <p id="promotion-code-error" role="alert" className="mt-1.5 text-sm text-red-700">
      {t(`errors.${shownError}`)}
    </p>
  );

  if (appliedCode)
    return (
      <div className="text-sm">
        <div className="flex justify-end">
          <button
            type="button"
            className="font-medium text-brand-700 underline underline-offset-2 disabled:opacity-60"
            aria-label={t('removeCode', { code: appliedCode })}
            disabled={disabled}
            onClick={() => submit(null)}
          >
            {t('remove')}
          </button>
        </div>
        {message}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    );

  return (
    <div className="text-sm">
      {open ? (
        <form
          className="flex items-start gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim()) submit(draft.trim());
          }}
        >
          <div className="flex-1">
            <label htmlFor="promotion-code" className="sr-only">
              {t('label')}
            </label>
            <input
              id="promotion-code"
              name="promotion-code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              placeholder={t('label')}
              value={draft}
              disabled={disabled}
              aria-invalid={shownError !== null}
              aria-describedby={shownError ? 'promotion-code-error' : undefined}
              onChange={(event) => setDraft(event.target.value)}
              className={INPUT}
            />
            {message}
          </div>
          <button type="submit" className={BUTTON} disabled={disabled || !draft.trim()}>
            {t('apply')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="font-medium text-brand-700 underline underline-offset-2 disabled:opacity-50"
          disabled={!hydrated}
          onClick={() => setOpen(true)}
        >
          {t('add')}
        </button>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
