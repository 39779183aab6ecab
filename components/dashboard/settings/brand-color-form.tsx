'use client';

import { useState } from 'react';
import { updateAccountAction } from '@/lib/dashboard/actions/update-account-action';
import { BRAND_COLOR_PATTERN, brandTheme, DEFAULT_BRAND_COLOR } from '@/lib/merchants/brand-theme';
import { FieldMessage, fieldErrorText } from '../field-message';
import { SaveRow } from './settings-card';
import { FieldLabel } from '@/components/ui/field-label';

/** The accent colour of checkout pages: a picker and a hex field kept in step, a live preview, and a reset to Tillpoint's blue. */
export function BrandColorForm({ initial, merchantName }: { initial: string | null; merchantName: string }) {
  const [text, setText] = useState(initial ?? DEFAULT_BRAND_COLOR);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const normalised = text.trim().toLowerCase();
  const valid = BRAND_COLOR_PATTERN.test(normalised);
  const theme = brandTheme(valid ? normalised : null);

  async function save(color: string | null, form: HTMLFormElement | null) {
    setPending(true);
    setError(null);
    setSaved(null);
    const result = await updateAccountAction({ brand_color: color });
    setPending(false);
    if (!result.ok) {
      setError(fieldErrorText(result.error));
      form?.querySelector<HTMLInputElement>('#brand-color-hex')?.focus();
      return;
    }
    setText(result.data.brand_color ?? DEFAULT_BRAND_COLOR);
    setSaved(color === null ? 'Reset to the default colour.' : 'Saved.');
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(normalised === DEFAULT_BRAND_COLOR ? null : text, event.currentTarget);
      }}
      className="grid gap-6 lg:grid-cols-[1fr_1fr]"
      aria-busy={pending}
      noValidate
    >
      <div className="space-y-4">
        <div className="flex items-end gap-3">
          <div>
            <FieldLabel htmlFor="brand-color-picker">Colour</FieldLabel>
            <input
              id="brand-color-picker"
              type="color"
              value={valid ? normalised : DEFAULT_BRAND_COLOR}
              onChange={(event) => {
                setText(event.target.value);
                setSaved(null);
                setError(null);
              }}
              className="h-10 w-14 cursor-pointer rounded-lg border border-slate-300 bg-white p-1"
            />
          </div>
          <div className="min-w-0 flex-1">
            <FieldLabel htmlFor="brand-color-hex">Hex code</FieldLabel>
            <input
              id="brand-color-hex"
              className="input font-mono"
              value={text}
              spellCheck={false}
              onChange={(event) => {
                setText(event.target.value);
                setSaved(null);
                setError(null);
              }}
              aria-invalid={error || !valid ? true : undefined}
              aria-describedby={error ? 'brand-color-hex-error' : 'brand-color-hex-hint'}
            />
          </div>
        </div>
        <FieldMessage
          id="brand-color-hex"
          error={error ?? (valid ? null : 'Enter a colour as # and six hex digits, such as #3b55e6.')}
          hint={
            theme.primary === normalised
              ? 'Used for buttons, links and highlights.'
              : 'Too light for white text, so buttons and links use the darker shade shown.'
          }
        />
        <SaveRow pending={pending} saved={saved} label="Save colour">
          <button
            type="button"
            className="btn-secondary"
            disabled={pending}
            onClick={(event) => {
              setText(DEFAULT_BRAND_COLOR);
              void save(null, event.currentTarget.form);
            }}
          >
            Reset to default
          </button>
        </SaveRow>
      </div>
      <div
        style={theme.style}
        className="rounded-xl border border-slate-200 bg-slate-50 p-5"
        aria-label="Preview"
        role="group"
      >
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Preview</p>
        <div className="mt-3 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white"
            >
              {merchantName.slice(0, 1).toUpperCase()}
            </span>
            <span className="text-sm font-medium text-slate-700">{merchantName}</span>
          </div>
          <span className="btn-primary w-full" data-testid="preview-button">
            Pay $45.00
          </span>
          <p className="text-sm text-slate-600">
            Questions?{' '}
            <span className="font-medium text-brand-700 underline underline-offset-2">Contact {merchantName}</span>
          </p>
        </div>
      </div>
    </form>
  );
}
