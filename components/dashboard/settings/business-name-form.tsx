'use client';

import { useState } from 'react';
import { updateAccountAction } from '@/lib/dashboard/actions/update-account-action';
import { FieldMessage, fieldErrorText } from '../field-message';
import { SaveRow } from './settings-card';
import { FieldLabel } from '@/components/ui/field-label';

/** The business name customers see on every checkout page. */
export function BusinessNameForm({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setError(null);
    setSaved(null);
    const result = await updateAccountAction({ name });
    setPending(false);
    if (result.ok) {
      setName(result.data.name);
      setSaved('Saved.');
    } else {
      setError(fieldErrorText(result.error));
      form.querySelector('input')?.focus();
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={pending} noValidate>
      <div className="max-w-md">
        <FieldLabel htmlFor="business-name">Business name</FieldLabel>
        <input
          id="business-name"
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="organization"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'business-name-error' : 'business-name-hint'}
        />
        <FieldMessage
          id="business-name"
          error={error}
          hint="Shown to customers as “Pay …” on checkout and payment link pages."
        />
      </div>
      <SaveRow pending={pending} saved={saved} />
    </form>
  );
}
