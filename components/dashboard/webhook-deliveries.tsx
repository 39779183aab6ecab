import Link from 'next/link';
import type { PaymentDetail } from '@/lib/dashboard/load-payment-detail';
import { Badge } from './status-badge';
import { DateTime } from './date-time';

const DELIVERY = {
  succeeded: { label: 'Delivered', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  pending: { label: 'Pending', tone: 'bg-amber-50 text-amber-800 ring-amber-600/20' },
  failed: { label: 'Gave up', tone: 'bg-red-50 text-red-800 ring-red-600/20' },
} as const;

type Delivery = PaymentDetail['merchantEvents'][number]['deliveries'][number];

/** The merchant events about a payment (and its session), each with its deliveries to webhook endpoints and every attempt. */
export function WebhookDeliveries({ events }: { events: PaymentDetail['merchantEvents'] }) {
  if (events.length === 0)
    return <p className="text-sm text-slate-600">No events yet: they are sent when the payment changes.</p>;
  const noEndpoints = events.every((event) => event.deliveries.length === 0);
  return (
    <>
      {noEndpoints && (
        <p className="mb-4 rounded-lg bg-slate-50 px-3 py-2.5 text-sm text-slate-700">
          No webhook endpoint was subscribed to these events, so none was sent. Add an endpoint under{' '}
          <Link href="/dashboard/developers" className="font-medium text-brand-700 underline">
            Developers
          </Link>
          .
        </p>
      )}
      <ul className="divide-y divide-slate-100">
        {events.map((event) => (
          <li key={event.id} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="text-sm font-medium text-slate-900">
                <code>{event.type}</code>
              </p>
              <p className="text-xs text-slate-600">
                <DateTime value={event.createdAt} />
              </p>
            </div>
            <p className="mt-0.5 break-all text-xs text-slate-600">
              <code>{event.id}</code>
            </p>
            {event.deliveries.length > 0 ? (
              <ul className="mt-2 space-y-2">
                {event.deliveries.map((delivery) => (
                  <DeliveryItem key={delivery.id} delivery={delivery} />
                ))}
              </ul>
            ) : (
              !noEndpoints && (
                <p className="mt-1 text-sm text-slate-600">Not sent: no endpoint was subscribed to this event.</p>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const status = DELIVERY[delivery.status];
  return (
    <li className="rounded-lg border border-slate-200 px-3 py-2.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 break-all text-sm text-slate-800">
          {delivery.endpoint.url}
          {delivery.endpoint.deletedAt && <span className="text-slate-500"> (deleted endpoint)</span>}
        </span>
        <Badge tone={status.tone} title={delivery.status}>
          {status.label}
        </Badge>
      </div>
      {delivery.attempts.length === 0 ? (
        <p className="mt-1 text-xs text-slate-600">Not attempted yet.</p>
      ) : (
        <ol className="mt-1.5 space-y-1 text-xs text-slate-600">
          {delivery.attempts.map((attempt, index) => (
            <li key={attempt.id} className="flex flex-wrap gap-x-3">
              <span className="font-medium text-slate-700">Attempt {index + 1}</span>
              <span className={attempt.statusCode && attempt.statusCode < 300 ? 'text-emerald-700' : 'text-red-700'}>
                {attempt.statusCode ? `HTTP ${attempt.statusCode}` : (attempt.error ?? 'No response')}
              </span>
              <span>{attempt.latencyMs} ms</span>
              <DateTime value={attempt.attemptedAt} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
