'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Spinner } from '@/components/checkout/spinner';
import { deleteWebhookEndpointAction } from '@/lib/dashboard/actions/delete-webhook-endpoint-action';
import { rotateWebhookSecretAction } from '@/lib/dashboard/actions/rotate-webhook-secret-action';
import { sendTestWebhookAction } from '@/lib/dashboard/actions/send-test-webhook-action';
import { setWebhookEndpointEnabledAction } from '@/lib/dashboard/actions/set-webhook-endpoint-enabled-action';
import { ConfirmDialog } from '../confirm-dialog';
import { Modal } from '../modal';
import { SecretReveal } from './secret-reveal';
import { WebhookEndpointForm } from './webhook-endpoint-form';

type Busy = 'test' | 'toggle' | null;

type Endpoint = { id: string; url: string; enabled: boolean; description: string | null; enabled_events: string[] };

/** An endpoint's buttons: send a test event, edit, disable or enable, rotate the signing secret, delete. */
export function EndpointActions({ endpoint }: { endpoint: Endpoint }) {
  const router = useRouter();
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function run(
    kind: Exclude<Busy, null>,
    action: () => Promise<{ ok: true } | { ok: false; error: string }>,
    done: string,
  ) {
    setBusy(kind);
    setMessage(null);
    const result = await action();
    setBusy(null);
    setMessage(result.ok ? { tone: 'ok', text: done } : { tone: 'error', text: result.error });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          disabled={busy !== null || !endpoint.enabled}
          onClick={() =>
            run(
              'test',
              () => sendTestWebhookAction({ id: endpoint.id }),
              'Test event sent. It appears in the delivery log below.',
            )
          }
        >
          {busy === 'test' && <Spinner />}
          {busy === 'test' ? 'Sending…' : 'Send test event'}
        </button>
        <WebhookEndpointForm editing={endpoint} />
        <button
          type="button"
          className="btn-secondary"
          disabled={busy !== null}
          onClick={() =>
            run(
              'toggle',
              () => setWebhookEndpointEnabledAction({ id: endpoint.id, enabled: !endpoint.enabled }),
              endpoint.enabled
                ? 'Endpoint disabled: events wait until you enable it again.'
                : 'Endpoint enabled: waiting events are being sent.',
            )
          }
        >
          {busy === 'toggle' && <Spinner />}
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
        <ConfirmDialog
          trigger="Rotate secret"
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          onConfirm={async () => {
            const result = await rotateWebhookSecretAction({ id: endpoint.id });
            if (!result.ok) return result.error;
            setSecret(result.data.secret);
            return null;
          }}
        >
          <p>
            The current secret stops working at once: every request from now on, retries included, is signed with the
            new one only.
          </p>
          <p>Update your receiver right after rotating, or its signature checks will fail.</p>
        </ConfirmDialog>
        <ConfirmDialog
          trigger="Delete"
          title="Delete this endpoint?"
          confirmLabel="Delete endpoint"
          onConfirm={async () => {
            const result = await deleteWebhookEndpointAction({ id: endpoint.id });
            if (!result.ok) return result.error;
            router.push('/dashboard/developers');
            return null;
          }}
        >
          <p>
            Nothing more is sent to <span className="break-all font-medium text-slate-800">{endpoint.url}</span>,
            including events waiting to be retried. This cannot be undone.
          </p>
        </ConfirmDialog>
      </div>
      {!endpoint.enabled && <p className="text-sm text-slate-600">Enable the endpoint to send a test event.</p>}
      <p role="status" className={`text-sm ${message?.tone === 'error' ? 'text-red-700' : 'text-emerald-800'}`}>
        {message?.text}
      </p>
      <Modal open={secret !== null} onClose={() => setSecret(null)} title="New signing secret">
        {secret && (
          <SecretReveal
            label="Signing secret"
            secret={secret}
            ifLost="rotate it again"
            onDone={() => setSecret(null)}
          />
        )}
      </Modal>
    </div>
  );
}
