import type { ReactNode } from 'react';
import { Spinner } from '@/components/checkout/spinner';

const VARIANT = { primary: 'btn-primary', secondary: 'btn-secondary', danger: 'btn-danger' } as const;

/** A button that shows a spinner and stays disabled while its action runs. */
export function PendingButton({
  pending,
  variant = 'primary',
  type = 'submit',
  onClick,
  children,
}: {
  pending: boolean;
  variant?: keyof typeof VARIANT;
  type?: 'submit' | 'button';
  onClick?: () => void;
  children: ReactNode;
}) {
  return (
    <button type={type} className={VARIANT[variant]} onClick={onClick} disabled={pending}>
      {pending && <Spinner />}
      {children}
    </button>
  );
}

/** The Cancel button of a dialog or form, disabled while its action runs. */
export function CancelButton({ onClick, pending }: { onClick: () => void; pending: boolean }) {
  return (
    <button type="button" className="btn-secondary" onClick={onClick} disabled={pending}>
      Cancel
    </button>
  );
}

/** A dialog's or form's buttons: stacked on phones (the main action on top), in a row at the right from `sm`. */
export function DialogActions({ className = '', children }: { className?: string; children: ReactNode }) {
  return <div className={`${className} flex flex-col-reverse gap-2 sm:flex-row sm:justify-end`.trim()}>{children}</div>;
}
