'use client';

import { useRef, useState } from 'react';
import { updateAccountAction } from '@/lib/dashboard/actions/update-account-action';
import { FieldMessage, fieldErrorText } from '../field-message';
import { SaveRow } from './settings-card';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  field: 'allowed_redirect_domains' | 'allowed_embed_origins';
  initial: string[];
  /** What one entry is called ("domain", "origin"). */
  noun: string;
  placeholder: string;
  hint: string;
  /** Shown when the list is empty: what an empty list means. */
  whenEmpty: string;
};

type Row = { key: number; value: string };

/** An editable list of hosts or origins, saved as a whole through the account API, with its error beside the entry at fault. */
export function AllowedListForm({ field, initial, noun, placeholder, hint, whenEmpty }: Props) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((value, key) => ({ key, value })));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ row: number | null; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const inputId = (key: number) => `${field}-${key}`;
  const focusRow = (key: number) => requestAnimationFrame(() => document.getElementById(inputId(key))?.focus());
  const change = (update: (current: Row[]) => Row[]) => {
    setRows(update);
    setSaved(null);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const filled = rows.filter((row) => row.value.trim() !== '');
    setPending(true);
    setError(null);
    setSaved(null);
    const result = await updateAccountAction({ [field]: filled.map((row) => row.value) });
    setPending(false);
    if (!result.ok) {
      // `allowed_embed_origins.2` names the third entry sent, which is the third filled row.
      const index = Number(result.param?.split('.')[1]);
      const row = Number.isInteger(index) ? (filled[index]?.key ?? null) : null;
      setError({ row, message: fieldErrorText(result.error) });
      if (row !== null) focusRow(row);
      return;
    }
    const stored = result.data[field];
    nextKey.current = stored.length;
    setRows(stored.map((value, key) => ({ key, value })));
    setSaved('Saved.');
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={pending} noValidate>
      <p id={`${field}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600">{whenEmpty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((row, index) => {
            const rowError = error?.row === row.key ? error.message : null;
            return (
              <li key={row.key}>
                <div className="flex gap-2">
                  <label htmlFor={inputId(row.key)} className="sr-only">
                    {`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${index + 1}`}
                  </label>
                  <input
                    id={inputId(row.key)}
                    className="input font-mono text-sm"
                    value={row.value}
                    placeholder={placeholder}
                    spellCheck={false}
                    autoCapitalize="none"
                    onChange={(event) =>
                      change((current) =>
                        current.map((r) => (r.key === row.key ? { ...r, value: event.target.value } : r)),
                      )
                    }
                    aria-invalid={rowError ? true : undefined}
                    aria-describedby={rowError ? `${inputId(row.key)}-error` : `${field}-hint`}
                  />
                  <button
                    type="button"
                    className="btn-secondary shrink-0"
                    aria-label={`Remove ${noun} ${row.value || index + 1}`}
                    onClick={() => {
                      const neighbour = rows[index + 1] ?? rows[index - 1];
                      change((current) => current.filter((r) => r.key !== row.key));
                      if (neighbour) focusRow(neighbour.key);
                    }}
                  >
                    Remove
                  </button>
                </div>
                <FieldMessage id={inputId(row.key)} error={rowError} />
              </li>
            );
          })}
        </ul>
      )}
      {error && error.row === null && <FormAlert>{error.message}</FormAlert>}
      <SaveRow pending={pending} saved={saved}>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            const key = nextKey.current++;
            change((current) => [...current, { key, value: '' }]);
            focusRow(key);
          }}
        >
          Add {noun}
        </button>
      </SaveRow>
    </form>
  );
}
