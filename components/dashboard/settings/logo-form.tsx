'use client';

import { useRef, useState } from 'react';
import { removeLogoAction } from '@/lib/dashboard/actions/remove-logo-action';
import { uploadLogoAction } from '@/lib/dashboard/actions/upload-logo-action';
import { logoTooLargeMessage, MAX_LOGO_BYTES } from '@/lib/merchants/logo/detect-logo-type';
import { ConfirmDialog } from '../confirm-dialog';
import { FieldMessage } from '../field-message';
import { SaveRow } from './settings-card';
import { FieldLabel } from '@/components/ui/field-label';

/** Upload (PNG, JPEG or WebP up to 256 KB; the server checks the bytes) or remove the logo checkout pages show. */
export function LogoForm({ logoUrl, merchantName }: { logoUrl: string | null; merchantName: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setSaved(null);
    if (!file) return fail('Choose an image file to upload.');
    if (file.size > MAX_LOGO_BYTES) return fail(logoTooLargeMessage(file.size));
    setPending(true);
    setError(null);
    const form = new FormData();
    form.set('logo', file);
    const result = await uploadLogoAction(form);
    setPending(false);
    if (!result.ok) return fail(result.error);
    if (input.current) input.current.value = '';
    setSaved('Logo uploaded.');
  }

  function fail(message: string) {
    setError(message);
    input.current?.focus();
  }

  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <div className="flex h-20 w-20 shrink-0 items-center justify-center overflow-hidden rounded-full border border-slate-200 bg-slate-50">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={logoUrl}
            alt={`${merchantName} logo`}
            className="h-full w-full object-cover"
            data-testid="current-logo"
          />
        ) : (
          <>
            <span aria-hidden="true" className="text-2xl font-semibold text-slate-500">
              {merchantName.slice(0, 1).toUpperCase()}
            </span>
            <span className="sr-only">No logo yet</span>
          </>
        )}
      </div>
      <form onSubmit={submit} className="min-w-0 flex-1 space-y-4" aria-busy={pending} noValidate>
        <div>
          <FieldLabel htmlFor="logo-file">{logoUrl ? 'Replace logo' : 'Logo file'}</FieldLabel>
          <input
            ref={input}
            id="logo-file"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={() => {
              setError(null);
              setSaved(null);
            }}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'logo-file-error' : 'logo-file-hint'}
          />
          <FieldMessage
            id="logo-file"
            error={error}
            hint="PNG, JPEG or WebP, at most 256 KB. A square image shows best; SVG is not accepted."
          />
        </div>
        <SaveRow pending={pending} saved={saved} label="Upload logo" pendingLabel="Uploading…">
          {logoUrl && (
            <ConfirmDialog
              trigger="Remove logo"
              title="Remove the logo?"
              confirmLabel="Remove logo"
              onConfirm={async () => {
                const result = await removeLogoAction({});
                if (!result.ok) return result.error;
                setSaved('Logo removed.');
                return null;
              }}
            >
              <p>
                Checkout pages will show the first letter of your business name instead. You can upload a logo again at
                any time.
              </p>
            </ConfirmDialog>
          )}
        </SaveRow>
      </form>
    </div>
  );
}
