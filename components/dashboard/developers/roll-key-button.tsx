'use client';

import { useState } from 'react';
import { rollApiKeyAction } from '@/lib/dashboard/actions/roll-api-key-action';
import { Modal } from '../modal';
import type { ApiKeyRow } from '@/lib/dashboard/developers/api-key-rows';
import type { RevealedKey } from './api-keys-panel';
import { FormAlert } from '@/components/ui/form-alert';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';

const GRACE_OPTIONS = [
  { seconds: 0, label: 'Now', hint: 'Requests with the old key are refused at once.' },
  { seconds: 3600, label: 'In 1 hour', hint: 'Time to redeploy with the new key.' },
  { seconds: 86_400, label: 'In 24 hours', hint: '' },
  { seconds: 259_200, label: 'In 3 days', hint: '' },
  { seconds: 604_800, label: 'In 7 days', hint: 'The longest grace period.' },
] as const;

/** "Roll": choose when the old key stops; the panel then shows the new secret once. */
export function RollKeyButton({ keyRow, onRolled }: { keyRow: ApiKeyRow; onRolled: (revealed: RevealedKey) => void }) {
  const [open, setOpen] = useState(false);
  const [grace, setGrace] = useState(0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = keyRow.name ?? keyRow.prefix;

  function close() {
    setOpen(false);
    setGrace(0);
    setError(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await rollApiKeyAction({ id: keyRow.id, expiresIn: grace });
    setPending(false);
    if (!result.ok) return setError(result.error);
    const when = GRACE_OPTIONS.find((option) => option.seconds === grace)?.label.toLowerCase();
    close();
    onRolled({
      title: `${label} was rolled`,
      secret: result.data.secret ?? '',
      note: grace === 0 ? 'The old key no longer works.' : `The old key keeps working and stops ${when}.`,
    });
  }

  return (
    <>
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
        Roll
      </button>
      <Modal open={open} onClose={close} title={`Roll ${label}`}>
        <form onSubmit={submit} className="space-y-5" aria-busy={pending}>
          <p className="text-sm text-slate-600">
            Rolling creates a new key with the same name and retires <code className="font-mono">{keyRow.prefix}…</code>
            .
          </p>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-700">The old key stops working</legend>
            <div className="space-y-2">
              {GRACE_OPTIONS.map((option) => (
                <label
                  key={option.seconds}
                  className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 has-checked:border-brand-500 has-checked:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="grace"
                    className="mt-1"
                    checked={grace === option.seconds}
                    onChange={() => setGrace(option.seconds)}
                  />
                  <span className="text-sm">
                    <span className="font-medium text-slate-900">{option.label}</span>
                    {option.hint && <span className="block text-slate-600">{option.hint}</span>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {error && <FormAlert>{error}</FormAlert>}
          <DialogActions>
            <CancelButton onClick={close} pending={pending} />
            <PendingButton pending={pending}>{pending ? 'Rolling…' : 'Roll key'}</PendingButton>
          </DialogActions>
        </form>
      </Modal>
    </>
  );
}
