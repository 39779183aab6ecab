'use client';

import { useState } from 'react';
import { FieldMessage } from '../field-message';
import { fieldId } from './form-fields';

type Props = {
  /** The API parameter the picker fills; errors naming it show here. */
  param: string;
  /** Every country as [ISO code, English name], sorted by name. */
  countries: [string, string][];
  selected: string[];
  onChange: (codes: string[]) => void;
  error: string | null;
};

/** Chooses the countries a link ships to: a searchable list of checkboxes, the chosen ones as removable chips. */
export function CountryPicker({ param, countries, selected, onChange, error }: Props) {
  const [query, setQuery] = useState('');
  const id = fieldId(param);
  const names = new Map(countries);
  const needle = query.trim().toLowerCase();
  // A typed code (“se”) puts its country first, then every name containing the text.
  const shown = needle
    ? [
        ...countries.filter(([code]) => code.toLowerCase() === needle),
        ...countries.filter(([code, name]) => code.toLowerCase() !== needle && name.toLowerCase().includes(needle)),
      ]
    : countries;
  const chosen = new Set(selected);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((other) => other !== code));

  return (
    <fieldset id={`${id}-group`} className="min-w-0" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">Countries you ship to</legend>
      {selected.length > 0 ? (
        <ul className="mb-2 flex flex-wrap gap-1.5" aria-label="Chosen countries">
          {selected.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2.5 py-0.5 text-sm text-slate-800 hover:bg-slate-100"
                aria-label={`Remove ${names.get(code) ?? code}`}
                onClick={() => toggle(code, false)}
              >
                {names.get(code) ?? code}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-2 text-sm text-slate-600">No country chosen yet.</p>
      )}
      <label htmlFor={id} className="sr-only">
        Find a country
      </label>
      <input
        id={id}
        type="search"
        className="input"
        placeholder="Find a country: Germany, DE…"
        value={query}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="mt-2 max-h-56 overflow-y-auto rounded-lg border border-slate-200 px-3 py-2">
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">No country matches “{query}”.</p>
        ) : (
          shown.map(([code, name]) => (
            <label key={code} className="flex items-center gap-2 py-0.5 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={chosen.has(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
              {name} <span className="text-slate-600">{code}</span>
            </label>
          ))
        )}
      </div>
      <FieldMessage
        id={id}
        error={error}
        hint={`${selected.length} chosen. Customers pick their shipping country from these.`}
      />
    </fieldset>
  );
}
