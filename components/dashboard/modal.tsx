'use client';

import { useEffect, useId, useRef } from 'react';

type Props = {
  open: boolean;
  /** Called when the dialog closes by Escape, its close button or `open` turning false. */
  onClose: () => void;
  title: string;
  children: React.ReactNode;
};

/**
 * A modal <dialog> driven by `open`: the browser traps focus inside it, moves focus to its first control
 * (or the one with `autoFocus`) and returns focus to the opener when it closes.
 */
export function Modal({ open, onClose, title, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        <div className="p-6">
          <h2 id={titleId} className="pr-8 text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
        </div>
      )}
    </dialog>
  );
}
