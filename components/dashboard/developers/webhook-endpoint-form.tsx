'use client';

import { useRef, useState } from 'react';
import { createWebhookEndpointAction } from '@/lib/dashboard/actions/create-webhook-endpoint-action';
import { updateWebhookEndpointAction } from '@/lib/dashboard/actions/update-webhook-endpoint-action';
import { EVENT_TYPES } from '@/lib/merchant-webhooks/event-types';
import { FieldMessage, fieldErrorText } from '../field-message';
import { Modal } from '../modal';
import { EVENT_DESCRIPTIONS } from './event-descriptions';
import { FieldLabel } from '@/components/ui/field-label';
import { FormAlert } from '@/components/ui/form-alert';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';

type Field = 'url' | 'description' | 'enabled_events';
type Problem = { field: Field | null; message: string };

/** The field an API error's `param` points at (`enabled_events.2` is the checklist). */
function fieldOf(param: string | null): Field | null {
  const head = param?.split('.')[0];
  return head === 'url' || head === 'description' || head === 'enabled_events' ? head : null;
}

type Editing = { id: string; url: string; description: string | null; enabled_events: string[] };

type Props =
  | { editing?: undefined; onCreated: (created: { id: string; url: string; secret: string }) => void }
  | { editing: Editing; onCreated?: undefined };

/**
 * "Add endpoint" (the panel then shows the signing secret once) or, given `editing`, "Edit": URL,
 * events (or all), description.
 */
export function WebhookEndpointForm({ editing, onCreated }: Props) {
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState(editing?.url ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [all, setAll] = useState(editing?.enabled_events.includes('*') ?? false);
  const [events, setEvents] = useState<string[]>(editing?.enabled_events.filter((type) => type !== '*') ?? []);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement>(null);

  function close() {
    setOpen(false);
    setUrl(editing?.url ?? '');
    setDescription(editing?.description ?? '');
    setAll(editing?.enabled_events.includes('*') ?? false);
    setEvents(editing?.enabled_events.filter((type) => type !== '*') ?? []);
    setProblem(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const input = { url, description, enabledEvents: all ? ['*'] : events };
    const result = editing
      ? await updateWebhookEndpointAction({ id: editing.id, ...input })
      : await createWebhookEndpointAction(input);
    setPending(false);
    if (result.ok) {
      setOpen(false);
      setProblem(null);
      if (onCreated && 'secret' in result.data)
        onCreated({ id: result.data.id, url: result.data.url, secret: String(result.data.secret) });
      return;
    }
    const field = fieldOf(result.param);
    setProblem({ field, message: field ? fieldErrorText(result.error) : result.error });
    form.current
      ?.querySelector<HTMLElement>(field === 'enabled_events' ? '#endpoint-all-events' : `#endpoint-${field}`)
      ?.focus();
  }

  const errorFor = (field: Field) => (problem?.field === field ? problem.message : null);
  const describedBy = (field: Field, hint?: string) => (errorFor(field) ? `endpoint-${field}-error` : hint);

  return (
    <>
      <button
        type="button"
        className={editing ? 'btn-secondary' : 'btn-primary shrink-0'}
        onClick={() => setOpen(true)}
      >
        {editing ? 'Edit' : 'Add endpoint'}
      </button>
      <Modal open={open} onClose={close} title={editing ? 'Edit the webhook endpoint' : 'Add a webhook endpoint'}>
        <form ref={form} onSubmit={submit} className="space-y-5" aria-busy={pending} noValidate>
          <div>
            <FieldLabel htmlFor="endpoint-url">Endpoint URL</FieldLabel>
            <input
              id="endpoint-url"
              type="url"
              inputMode="url"
              className="input"
              placeholder="https://shop.example.com/webhooks/tillpoint"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              aria-invalid={errorFor('url') ? true : undefined}
              aria-describedby={describedBy('url', 'endpoint-url-hint')}
            />
            <FieldMessage
              id="endpoint-url"
              error={errorFor('url')}
              hint="https to a public host; http and local addresses only where this server allows local receivers."
            />
          </div>
          <fieldset
            aria-describedby={describedBy('enabled_events')}
            aria-invalid={errorFor('enabled_events') ? true : undefined}
          >
            <legend className="mb-2 text-sm font-medium text-slate-700">Events to send</legend>
            <label className="flex items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm has-checked:border-brand-500 has-checked:bg-brand-50">
              <input
                id="endpoint-all-events"
                type="checkbox"
                className="mt-0.5"
                checked={all}
                onChange={(event) => setAll(event.target.checked)}
              />
              <span>
                <span className="font-medium text-slate-900">All events</span>{' '}
                <code className="text-xs text-slate-600">*</code>
                <span className="block text-slate-600">Including event types added later.</span>
              </span>
            </label>
            <div className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-lg border border-slate-200 p-2">
              {EVENT_TYPES.map((type) => (
                <label
                  key={type}
                  className={`flex items-start gap-3 rounded-md px-2 py-1.5 text-sm ${all ? 'opacity-60' : 'hover:bg-slate-50'}`}
                >
                  <input
                    type="checkbox"
                    className="mt-0.5"
                    disabled={all}
                    checked={all || events.includes(type)}
                    onChange={(event) =>
                      setEvents((current) =>
                        event.target.checked ? [...current, type] : current.filter((t) => t !== type),
                      )
                    }
                  />
                  <span>
                    <code className="font-mono text-[13px] text-slate-900">{type}</code>
                    <span className="block text-slate-600">{EVENT_DESCRIPTIONS[type]}</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldMessage id="endpoint-enabled_events" error={errorFor('enabled_events')} />
          </fieldset>
          <div>
            <FieldLabel htmlFor="endpoint-description" optional>
              Description
            </FieldLabel>
            <input
              id="endpoint-description"
              className="input"
              placeholder="Order fulfilment"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              aria-invalid={errorFor('description') ? true : undefined}
              aria-describedby={describedBy('description')}
            />
            <FieldMessage id="endpoint-description" error={errorFor('description')} />
          </div>
          {problem && problem.field === null && <FormAlert>{problem.message}</FormAlert>}
          <DialogActions>
            <CancelButton onClick={close} pending={pending} />
            <PendingButton pending={pending}>
              {editing ? (pending ? 'Saving…' : 'Save changes') : pending ? 'Adding…' : 'Add endpoint'}
            </PendingButton>
          </DialogActions>
        </form>
      </Modal>
    </>
  );
}
