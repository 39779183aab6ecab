'use client';

import { useState } from 'react';
import { Spinner } from '@/components/checkout/spinner';
import { redeliverEventAction } from '@/lib/dashboard/actions/redeliver-event-action';

/** Sends one event to this endpoint again, now, with a fresh retry schedule. */
export function RedeliverButton({ eventId, endpointId }: { eventId: string; endpointId: string }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setMessage(null);
          const result = await redeliverEventAction({ eventId, endpointId });
          setPending(false);
          setMessage(
            result.ok ? { tone: 'ok', text: 'Queued: sending it again now.' } : { tone: 'error', text: result.error },
          );
        }}
      >
        {pending && <Spinner />}
        {pending ? 'Redelivering…' : 'Redeliver'}
      </button>
      <p role="status" className={`text-sm ${message?.tone === 'error' ? 'text-red-700' : 'text-emerald-800'}`}>
        {message?.text}
      </p>
    </div>
  );
}
