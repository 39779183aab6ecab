'use client';

import { useState } from 'react';
import { updateAccountAction } from '@/lib/dashboard/actions/update-account-action';
import { FieldMessage, fieldErrorText } from '../field-message';
import { SaveRow } from './settings-card';
import { FieldLabel } from '@/components/ui/field-label';

/** The terms of service a checkout's consent box links to; empty removes it (refused while something requires consent). */
export function TermsUrlForm({ initial }: { initial: string | null }) {
  const [url, setUrl] = useState(initial ?? '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setError(null);
    setSaved(null);
    const result = await updateAccountAction({ terms_of_service_url: url.trim() || null });
    setPending(false);
    if (result.ok) {
      setUrl(result.data.terms_of_service_url ?? '');
      setSaved('Saved.');
    } else {
      setError(fieldErrorText(result.error));
      form.querySelector('input')?.focus();
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={pending} noValidate>
      <div className="max-w-xl">
        <FieldLabel htmlFor="terms-url" optional>
          Terms of service URL
        </FieldLabel>
        <input
          id="terms-url"
          type="url"
          inputMode="url"
          spellCheck={false}
          className="input"
          value={url}
          placeholder="https://shop.example.com/terms"
          onChange={(event) => setUrl(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'terms-url-error' : 'terms-url-hint'}
        />
        <FieldMessage
          id="terms-url"
          error={error}
          hint="https only. Leave empty to remove it; that is refused while a payment link or open checkout asks for consent."
        />
      </div>
      <SaveRow pending={pending} saved={saved} />
    </form>
  );
}
