import type { DeliveryLogEntry } from '@/lib/dashboard/developers/get-delivery-log';
import { CopyButton } from '../copy-button';
import { LocalTime } from '../local-time';
import { Badge } from '../status-badge';
import { RedeliverButton } from './redeliver-button';

const STATUS = {
  succeeded: { label: 'Delivered', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  pending: { label: 'Pending', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  failed: { label: 'Failed', tone: 'bg-red-50 text-red-800 ring-red-600/20' },
} as const;

/** One event's delivery to the endpoint: every attempt, the request as sent (body and headers) and each response. */
export function DeliveryLogItem({
  delivery,
  endpoint,
}: {
  delivery: DeliveryLogEntry;
  endpoint: { id: string; url: string };
}) {
  const status =
    delivery.status === 'pending' && delivery.attempts.length > 0
      ? { label: 'Retrying', tone: 'bg-amber-50 text-amber-800 ring-amber-600/20' }
      : STATUS[delivery.status];
  const last = delivery.attempts.at(-1);
  return (
    <li data-testid="delivery" data-event-id={delivery.eventId}>
      <details className="group rounded-xl border border-slate-200 bg-white open:shadow-sm">
        <summary className="flex cursor-pointer list-none flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5 [&::-webkit-details-marker]:hidden">
          <span className="flex min-w-0 flex-wrap items-center gap-2">
            <span aria-hidden="true" className="text-slate-500 transition group-open:rotate-90">
              ›
            </span>
            <Badge tone={status.tone}>{status.label}</Badge>
            <code className="font-mono text-sm font-medium text-slate-900">{delivery.eventType}</code>
            <span className="break-all font-mono text-xs text-slate-600">{delivery.eventId}</span>
          </span>
          <span className="pl-5 text-xs text-slate-600 sm:pl-0">
            {delivery.attempts.length} {delivery.attempts.length === 1 ? 'attempt' : 'attempts'}
            {last && (
              <>
                {' · '}
                <LocalTime unix={last.at} seconds />
              </>
            )}
          </span>
        </summary>
        <div className="space-y-6 border-t border-slate-200 px-4 py-4 sm:px-5">
          <section aria-label="Attempts">
            <h3 className="text-sm font-semibold text-slate-900">Attempts</h3>
            {delivery.attempts.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">
                Not sent yet{delivery.nextAttemptAt ? ' — on its way.' : '.'}
              </p>
            ) : (
              <ol className="mt-2 space-y-3">
                {delivery.attempts.map((attempt, index) => (
                  <li key={attempt.id} className="rounded-lg border border-slate-200" data-testid="attempt">
                    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 bg-slate-50 px-3 py-2 text-sm">
                      <span className="font-medium text-slate-900">#{index + 1}</span>
                      <LocalTime unix={attempt.at} seconds />
                      <span
                        className={
                          attempt.statusCode !== null && attempt.statusCode < 300
                            ? 'font-medium text-emerald-800'
                            : 'font-medium text-red-700'
                        }
                      >
                        {attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : 'No response'}
                      </span>
                      <span className="text-slate-600">{attempt.latencyMs} ms</span>
                    </div>
                    <dl className="grid gap-x-4 gap-y-1 px-3 py-2 text-sm sm:grid-cols-[10rem_1fr]">
                      <dt className="text-slate-600">webhook-id</dt>
                      <dd className="break-all font-mono text-[13px] text-slate-900">
                        {attempt.headers['webhook-id']}
                      </dd>
                      <dt className="text-slate-600">webhook-timestamp</dt>
                      <dd className="font-mono text-[13px] text-slate-900">{attempt.headers['webhook-timestamp']}</dd>
                      {attempt.error && (
                        <>
                          <dt className="text-slate-600">Error</dt>
                          <dd className="break-words text-red-700">{attempt.error}</dd>
                        </>
                      )}
                      {attempt.responseHeaders && (
                        <>
                          <dt className="text-slate-600">Response headers</dt>
                          <dd>
                            <pre
                              tabIndex={0}
                              className="max-h-40 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-xs text-slate-900"
                              data-testid="response-headers"
                            >
                              {Object.entries(attempt.responseHeaders)
                                .map(([name, value]) => `${name}: ${value}`)
                                .join('\n')}
                            </pre>
                          </dd>
                        </>
                      )}
                      <dt className="text-slate-600">Response</dt>
                      <dd>
                        {attempt.responseExcerpt ? (
                          <pre
                            tabIndex={0}
                            className="max-h-40 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100"
                            data-testid="response-excerpt"
                          >
                            {attempt.responseExcerpt}
                          </pre>
                        ) : (
                          <span className="text-slate-600">Empty</span>
                        )}
                      </dd>
                    </dl>
                  </li>
                ))}
              </ol>
            )}
            {delivery.nextAttemptAt && delivery.attempts.length > 0 && (
              <p className="mt-2 text-sm text-slate-600">
                Next retry <LocalTime unix={delivery.nextAttemptAt} seconds />.
              </p>
            )}
          </section>
          <section aria-label="Request">
            <h3 className="text-sm font-semibold text-slate-900">Request</h3>
            <p className="mt-2 break-all font-mono text-[13px] text-slate-800">POST {endpoint.url}</p>
            <p className="mt-1 text-sm text-slate-600">
              Headers <code className="font-mono text-[13px]">content-type: application/json</code>,{' '}
              <code className="font-mono text-[13px]">webhook-id</code> and{' '}
              <code className="font-mono text-[13px]">webhook-timestamp</code> as shown per attempt, and{' '}
              <code className="font-mono text-[13px]">webhook-signature</code> (an HMAC with your signing secret, not
              shown here).
            </p>
            <div className="mt-3 flex items-center justify-between gap-2">
              <p className="text-sm text-slate-600">
                Body ({new TextEncoder().encode(delivery.body).length} bytes; indented here, sent compact)
              </p>
              <span className="shrink-0">
                <CopyButton value={delivery.body} label="Copy body" />
              </span>
            </div>
            <pre
              tabIndex={0}
              className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-relaxed text-slate-100"
              data-testid="request-body"
            >
              {JSON.stringify(JSON.parse(delivery.body), null, 2)}
            </pre>
          </section>
          <RedeliverButton eventId={delivery.eventId} endpointId={endpoint.id} />
        </div>
      </details>
    </li>
  );
}
