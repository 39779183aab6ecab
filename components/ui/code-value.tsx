import type { ReactNode } from 'react';

/** A machine value (an id, a URL) as code that may wrap anywhere, or `fallback` in words when there is none. */
export function CodeValue({ value, fallback }: { value: string | null; fallback: ReactNode }) {
  return value ? <code className="break-all">{value}</code> : fallback;
}
