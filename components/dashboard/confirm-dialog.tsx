'use client';

import { useId, useRef, useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';

type Props = {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  /** What will happen, in words the merchant understands (it cannot be undone, ...). */
  children: React.ReactNode;
  confirmLabel: string;
  /** Runs on confirm; an error message keeps the dialog open and shows it. */
  onConfirm: () => Promise<string | null>;
  tone?: 'danger' | 'primary';
  triggerClassName?: string;
};

/** Every destructive or irreversible dashboard action asks here first (a native modal <dialog>). */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  onConfirm,
  tone = 'danger',
  triggerClassName,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    const problem = await onConfirm().catch(() => 'Something went wrong. Try again.');
    setPending(false);
    if (problem) setError(problem);
    else dialog.current?.close();
  }

  return (
    <>
      <button
        type="button"
        className={triggerClassName ?? (tone === 'danger' ? 'btn-secondary text-red-700' : 'btn-secondary')}
        onClick={() => dialog.current?.showModal()}
      >
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => setError(null)}
      >
        <div className="p-6">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="mt-2 space-y-2 text-sm text-slate-600">{children}</div>
          {error && <FormAlert className="mt-4">{error}</FormAlert>}
          <DialogActions className="mt-6">
            <CancelButton onClick={() => dialog.current?.close()} pending={pending} />
            <PendingButton
              type="button"
              variant={tone === 'danger' ? 'danger' : 'primary'}
              onClick={confirm}
              pending={pending}
            >
              {confirmLabel}
            </PendingButton>
          </DialogActions>
        </div>
      </dialog>
    </>
  );
}
