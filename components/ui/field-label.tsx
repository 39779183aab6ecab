import type { ReactNode } from 'react';

/** A form field's label above its control, with "(optional)" in a lighter weight when the field may stay empty. */
export function FieldLabel({
  htmlFor,
  optional = false,
  className = '',
  children,
}: {
  htmlFor: string;
  optional?: boolean;
  /** Extra classes for the label (e.g. `sr-only` where a visible heading already names the field). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className={`mb-1.5 block text-sm font-medium text-slate-700 ${className}`.trim()}>
      {children}
      {optional && (
        <>
          {' '}
          <span className="font-normal text-slate-600">(optional)</span>
        </>
      )}
    </label>
  );
}
