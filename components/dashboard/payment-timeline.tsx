import type { PaymentEvent, StripeEvent } from '@/lib/generated/prisma/client';
import { describeTimelineSource } from '@/lib/dashboard/describe-timeline-source';
import { DateTime } from './date-time';
import { PaymentBadge } from './payment-badge';

/** Every status change of a payment, oldest first, with what caused it and when. */
export function PaymentTimeline({
  timeline,
  stripeEvents,
  amount,
}: {
  timeline: PaymentEvent[];
  stripeEvents: StripeEvent[];
  amount: number;
}) {
  if (timeline.length === 0) return <p className="text-sm text-slate-600">No status changes yet.</p>;
  const typeOf = new Map(stripeEvents.map((event) => [event.id, event.type]));
  return (
    <ol className="space-y-0">
      {timeline.map((event, index) => (
        <li key={event.id} className="relative flex gap-3 pb-5 last:pb-0">
          {index < timeline.length - 1 && (
            <span aria-hidden="true" className="absolute left-[5px] top-4 h-full w-px bg-slate-200" />
          )}
          <span
            aria-hidden="true"
            className="relative mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full border-2 border-brand-500 bg-white"
          />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <PaymentBadge
                payment={{
                  status: event.toStatus,
                  amount,
                  amountRefunded: 0,
                  lastErrorCode: event.toStatus === 'requires_payment_method' ? event.detail : null,
                }}
              />
              <span className="text-sm text-slate-900">
                {describeTimelineSource(
                  event.source,
                  event.sourceRef,
                  event.sourceRef ? typeOf.get(event.sourceRef) : undefined,
                )}
              </span>
            </div>
            <p className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
              <DateTime value={event.createdAt} />
              {event.fromStatus && <span>from {event.fromStatus}</span>}
              {event.sourceRef && <code className="break-all text-slate-700">{event.sourceRef}</code>}
              {event.detail && <span>{event.source === 'anomaly' ? event.detail : `error ${event.detail}`}</span>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
