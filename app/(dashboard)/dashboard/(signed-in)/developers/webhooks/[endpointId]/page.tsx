import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/dashboard/developers/auto-refresh';
import { DeliveryLogItem } from '@/components/dashboard/developers/delivery-log';
import { EndpointActions } from '@/components/dashboard/developers/endpoint-actions';
import { EndpointStatus } from '@/components/dashboard/developers/endpoint-status';
import { EmptyState } from '@/components/dashboard/empty-state';
import { LocalTime } from '@/components/dashboard/local-time';
import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { getDeliveryLog } from '@/lib/dashboard/developers/get-delivery-log';
import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';

export const metadata: Metadata = { title: 'Webhook endpoint' };

type Props = { params: Promise<{ endpointId: string }>; searchParams: Promise<{ after?: string | string[] }> };

/** A delivery attempt due within 30 s: the page refreshes itself until it has settled. Read per request. */
function attemptDueSoon(deliveries: { nextAttemptAt: number | null }[]): boolean {
  const soon = Date.now() / 1000 + 30;
  return deliveries.some((delivery) => delivery.nextAttemptAt !== null && delivery.nextAttemptAt < soon);
}

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  const { merchant } = await requireDashboardUser();
  const { endpointId } = await params;
  if (!isObjectId('webhook_endpoint', endpointId)) notFound();
  const after = (await searchParams).after;
  // The log is read before the endpoint: a delivery settling in between then shows as still pending (and
  // the page refreshes again), never as delivered beside a stale "failing since".
  const log = await getDeliveryLog(db(), merchant.id, endpointId, typeof after === 'string' ? after : undefined);
  const row = await db().webhookEndpoint.findFirst({
    where: { id: endpointId, merchantId: merchant.id, deletedAt: null },
  });
  if (!row) notFound();
  const endpoint = serializeEndpoint(row);
  const inFlight = attemptDueSoon(log.deliveries);

  return (
    <>
      <Link
        href="/dashboard/developers"
        className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <span aria-hidden="true">←</span> Developers
      </Link>
      <PageHeader
        title="Webhook endpoint"
        description={
          endpoint.description ?? 'Where Tillpoint sends this endpoint’s events, and how each delivery went.'
        }
      />
      <section aria-label="Endpoint" className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <p className="break-all font-mono text-sm font-medium text-slate-900">{endpoint.url}</p>
          <EndpointStatus endpoint={endpoint} />
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">Events</dt>
          <dd className="break-words text-slate-900">
            {endpoint.enabled_events.includes('*') ? 'All events (*)' : endpoint.enabled_events.join(', ')}
          </dd>
          <dt className="text-slate-600">Endpoint id</dt>
          <dd className="break-all font-mono text-[13px] text-slate-900">{endpoint.id}</dd>
          <dt className="text-slate-600">Created</dt>
          <dd className="text-slate-900">
            <LocalTime unix={endpoint.created!} />
          </dd>
        </dl>
        <EndpointActions endpoint={endpoint} />
      </section>

      <section aria-labelledby="delivery-log-heading" className="mt-10 space-y-4">
        <div className="flex items-end justify-between gap-3">
          <div>
            <h2 id="delivery-log-heading" className="text-lg font-semibold text-slate-900">
              Delivery log
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Newest first. Open a delivery to see the request Tillpoint sent and what your server answered.
            </p>
          </div>
          <Link
            href={`/dashboard/developers/webhooks/${endpoint.id}`}
            className="btn-secondary shrink-0"
            prefetch={false}
          >
            Refresh
          </Link>
        </div>
        {inFlight && <AutoRefresh />}
        {log.deliveries.length === 0 ? (
          <EmptyState title="No deliveries yet">
            {after
              ? 'No older deliveries.'
              : 'Events this endpoint subscribes to appear here as they are sent. Send a test event to try it.'}
          </EmptyState>
        ) : (
          <ul className="space-y-3" aria-label="Deliveries">
            {log.deliveries.map((delivery) => (
              <DeliveryLogItem key={delivery.id} delivery={delivery} endpoint={endpoint} />
            ))}
          </ul>
        )}
        {(log.nextCursor || after) && (
          <nav aria-label="Delivery log pages" className="flex justify-between gap-2">
            {after ? (
              <Link className="btn-secondary" href={`/dashboard/developers/webhooks/${endpoint.id}`}>
                Newest
              </Link>
            ) : (
              <span />
            )}
            {log.nextCursor && (
              <Link
                className="btn-secondary"
                href={`/dashboard/developers/webhooks/${endpoint.id}?after=${log.nextCursor}`}
              >
                Older deliveries
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
