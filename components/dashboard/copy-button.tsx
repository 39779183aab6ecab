'use client';

import { useState } from 'react';

/**
 * Copies `value` to the clipboard and says so (for URLs, ids and secrets shown once). `accessibleName`
 * tells several copy buttons on one page apart for screen readers; it should start with `label`.
 */
export function CopyButton({ value, label = 'Copy', accessibleName }: { value: string; label?: string; accessibleName?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      aria-label={accessibleName}
      onClick={async () => {
        await navigator.clipboard.writeText(value).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
    </button>
  );
}
