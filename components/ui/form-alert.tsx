import type { ComponentProps } from 'react';

/** A form's error that belongs to no single field, announced when it appears. */
export function FormAlert({ className = '', children, ...props }: ComponentProps<'p'>) {
  return (
    <p
      role="alert"
      className={`${className} rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800`.trim()}
      {...props}
    >
      {children}
    </p>
  );
}
