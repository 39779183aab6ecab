'use client';

import { useId } from 'react';
import { CopyButton } from '../copy-button';
import { FieldLabel } from '@/components/ui/field-label';

type Props = {
  label: string;
  secret: string;
  /** What to do if the secret is lost ("roll the key for a new one"). */
  ifLost: string;
  onDone: () => void;
  children?: React.ReactNode;
};

/** A secret shown once: a warning, the value to select or copy, and Done. */
export function SecretReveal({ label, secret, ifLost, onDone, children }: Props) {
  const id = useId();
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900">
        <strong className="font-semibold">Copy it now: this is the only time it is shown.</strong> Keep it somewhere
        safe, such as your server’s environment settings. If you lose it, {ifLost}.
      </p>
      <div>
        <FieldLabel htmlFor={id}>{label}</FieldLabel>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id={id}
            readOnly
            value={secret}
            className="input font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
            data-testid="revealed-secret"
          />
          <CopyButton value={secret} />
        </div>
      </div>
      {children}
      <div className="flex justify-end">
        <button type="button" className="btn-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
