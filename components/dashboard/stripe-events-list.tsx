import type { StripeEvent } from '@/lib/generated/prisma/client';
import { DateTime } from './date-time';

/** The Stripe webhook events Tillpoint received about a payment, in the order they arrived. */
export function StripeEventsList({ events }: { events: StripeEvent[] }) {
  if (events.length === 0)
    return <p className="text-sm text-slate-600">No Stripe events received for this payment yet.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm">
      {events.map((event) => (
        <li
          key={event.id}
          className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3"
        >
          <span className="min-w-0">
            <code className="font-medium text-slate-900">{event.type}</code>{' '}
            <code className="break-all text-xs text-slate-600">{event.id}</code>
          </span>
          <span className="shrink-0 text-xs text-slate-600">
            <DateTime value={event.receivedAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
