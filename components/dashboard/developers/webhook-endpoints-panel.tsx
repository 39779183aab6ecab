'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { serializeEndpoint } from '@/lib/objects/serialize-webhooks';
import { EmptyState } from '../empty-state';
import { Modal } from '../modal';
import { EndpointStatus } from './endpoint-status';
import { SecretReveal } from './secret-reveal';
import { WebhookEndpointForm } from './webhook-endpoint-form';
import { PanelHeader } from '@/components/ui/panel-header';

export type EndpointRow = ReturnType<typeof serializeEndpoint>;

/** Developers → Webhook endpoints: each endpoint with its state, and adding one (its signing secret shown once). */
export function WebhookEndpointsPanel({ endpoints }: { endpoints: EndpointRow[] }) {
  const [created, setCreated] = useState<{ id: string; url: string; secret: string } | null>(null);
  return (
    <section aria-labelledby="webhooks-heading" className="space-y-4">
      <PanelHeader
        id="webhooks-heading"
        title="Webhook endpoints"
        description="Tillpoint POSTs signed events to these URLs (Standard Webhooks) and retries for up to 3 days."
        action={<WebhookEndpointForm onCreated={setCreated} />}
      />
      {endpoints.length === 0 ? (
        <EmptyState title="No webhook endpoints yet">
          Add an endpoint to hear about payments as they happen, instead of polling the API.
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
          aria-label="Webhook endpoints"
        >
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="px-4 py-4 sm:px-5">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <Link
                    href={`/dashboard/developers/webhooks/${endpoint.id}`}
                    className="block break-all font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {endpoint.url}
                  </Link>
                  {endpoint.description && <p className="text-sm text-slate-700">{endpoint.description}</p>}
                  <p className="text-xs text-slate-600">
                    {endpoint.enabled_events.includes('*') ? 'All events' : endpoint.enabled_events.join(', ')}
                  </p>
                </div>
                <EndpointStatus endpoint={endpoint} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Modal open={created !== null} onClose={() => setCreated(null)} title="Endpoint added">
        {created && (
          <SecretReveal
            label="Signing secret"
            secret={created.secret}
            ifLost="rotate the secret on the endpoint’s page"
            onDone={() => setCreated(null)}
          >
            <p className="text-sm text-slate-600">
              Verify every request to <span className="break-all font-medium text-slate-800">{created.url}</span> with
              this secret, using a Standard Webhooks library.{' '}
              <Link
                className="font-medium text-brand-700 underline"
                href={`/dashboard/developers/webhooks/${created.id}`}
              >
                Open the endpoint
              </Link>{' '}
              to send a test event.
            </p>
          </SecretReveal>
        )}
      </Modal>
    </section>
  );
}
