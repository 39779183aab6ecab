// Watches the in-process sandbox: the wall-clock millisecond at which each PaymentIntent event was
// emitted (Stripe's `created` is in whole seconds, too coarse for a 3 s target), and every webhook
// delivery attempt (the sandbox's own log is bounded, so it is copied as it grows).
import type { RunningSandbox } from '@tillpoint/stripe-sandbox';

export type PiEvent = { id: string; type: string; at: number };
export type DeliveryAttempt = {
  eventId: string;
  eventType: string;
  attempt: number;
  status: number | null;
  error: string | null;
};

export type SandboxRecorder = {
  /** PaymentIntent id → its events in emission order. */
  eventsByIntent: Map<string, PiEvent[]>;
  /** Event id → the PaymentIntent it is about. */
  intentOfEvent: Map<string, string>;
  attempts: Map<string, DeliveryAttempt>;
  stop(): void;
};

export function recordSandbox(sandbox: RunningSandbox): SandboxRecorder {
  const recorder: SandboxRecorder = {
    eventsByIntent: new Map(),
    intentOfEvent: new Map(),
    attempts: new Map(),
    stop: () => {},
  };
  const rt = sandbox.runtime;
  const emit = rt.emitEvent;
  rt.emitEvent = (account, origin, type, object, opts) => {
    // The sandbox's emitEvent returns the event record, though its interface says void.
    const event = emit(account, origin, type, object, opts) as unknown as { id?: string } | undefined;
    const intentId = intentOf(type, object);
    if (!intentId || !event?.id) return;
    const list = recorder.eventsByIntent.get(intentId) ?? [];
    list.push({ id: event.id, type, at: Date.now() });
    recorder.eventsByIntent.set(intentId, list);
    recorder.intentOfEvent.set(event.id, intentId);
  };
  const harvest = () => {
    for (const account of rt.store.accounts.values()) {
      for (const attempt of account.deliveries) {
        if (recorder.attempts.has(attempt.id)) continue;
        recorder.attempts.set(attempt.id, {
          eventId: attempt.event_id,
          eventType: attempt.event_type,
          attempt: attempt.attempt,
          status: attempt.status,
          error: attempt.error,
        });
      }
    }
  };
  const timer = setInterval(harvest, 500);
  recorder.stop = () => {
    clearInterval(timer);
    harvest();
  };
  return recorder;
}

function intentOf(type: string, object: unknown): string | null {
  const record = object as { id?: unknown; payment_intent?: unknown };
  if (type.startsWith('payment_intent.') && typeof record.id === 'string') return record.id;
  if (typeof record.payment_intent === 'string') return record.payment_intent;
  return null;
}
