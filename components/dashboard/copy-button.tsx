'use client';

import { useState } from 'react';

/**
 * Copies `value` to the clipboard and says so (for URLs, ids and secrets shown once). `about` names what
 * is copied for screen readers, to tell several copy buttons on one page apart.
 */
export function CopyButton({ value, label = 'Copy', about }: { value: string; label?: string; about?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={async () => {
        await navigator.clipboard.writeText(value).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
      {about && <span className="sr-only"> ({about})</span>}
    </button>
  );
}
