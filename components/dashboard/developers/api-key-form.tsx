'use client';

import { useState } from 'react';
import { createApiKeyAction } from '@/lib/dashboard/actions/create-api-key-action';
import { Modal } from '../modal';
import type { RevealedKey } from './api-keys-panel';
import { FieldLabel } from '@/components/ui/field-label';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';

/** "Create key": an optional name; the panel then shows the new secret once. */
export function ApiKeyForm({ onCreated }: { onCreated: (revealed: RevealedKey) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setOpen(false);
    setName('');
    setError(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await createApiKeyAction({ name });
    setPending(false);
    if (!result.ok) return setError(result.error);
    close();
    onCreated({ title: 'Your new secret key', secret: result.data.secret ?? '', note: null });
  }

  return (
    <>
      <button type="button" className="btn-primary shrink-0" onClick={() => setOpen(true)}>
        Create key
      </button>
      <Modal open={open} onClose={close} title="Create a secret key">
        <form onSubmit={submit} className="space-y-5" aria-busy={pending} noValidate>
          <div>
            <FieldLabel htmlFor="api-key-name" optional>
              Name
            </FieldLabel>
            <input
              id="api-key-name"
              className="input"
              value={name}
              placeholder="Production server"
              onChange={(event) => setName(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'api-key-name-error' : 'api-key-name-hint'}
            />
            {error ? (
              <p id="api-key-name-error" className="mt-1.5 text-sm text-red-700">
                {error}
              </p>
            ) : (
              <p id="api-key-name-hint" className="mt-1.5 text-sm text-slate-600">
                A label to tell your keys apart; it is not secret.
              </p>
            )}
          </div>
          <DialogActions>
            <CancelButton onClick={close} pending={pending} />
            <PendingButton pending={pending}>{pending ? 'Creating…' : 'Create key'}</PendingButton>
          </DialogActions>
        </form>
      </Modal>
    </>
  );
}
