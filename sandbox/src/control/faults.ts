/** Fault-injection settings, per account (see README "Control API"). */

export interface WebhookFaults {
  /** Extra wait before every delivery attempt, in ms. */
  delayMs: number;
  /** Plus a random 0..delayJitterMs, drawn for each copy of each delivery. */
  delayJitterMs: number;
  /** Deliver each event this many times (1 = normal). */
  duplicates: number;
  /** Shuffle deliveries within batches of this many events (0/1 = keep order). */
  shuffleWindow: number;
  /** Fraction (0..1) of first attempts dropped; retries then deliver them. */
  dropRate: number;
}

export interface ApiFault {
  kind: 'fail' | 'hang';
  remaining: number;
  /** fail: the HTTP status sent (429 or 5xx). */
  status: number;
  /** fail: `before` = nothing executes; `after` = the call executes, then the client gets the error. */
  when: 'before' | 'after';
  /** hang: how long the sandbox waits before handling the call. */
  ms: number;
  /** Only calls whose path starts with this (e.g. `/v1/payment_intents`). */
  path: string | null;
  /** Only calls with this method. */
  method: string | null;
}

export interface Faults {
  webhook: WebhookFaults;
  api: ApiFault[];
}

export const noFaults = (): Faults => ({
  webhook: { delayMs: 0, delayJitterMs: 0, duplicates: 1, shuffleWindow: 0, dropRate: 0 },
  api: [],
});

/** Takes (and counts down) the first API fault matching this call, if any. */
export function takeApiFault(faults: Faults, method: string, path: string): ApiFault | null {
  const index = faults.api.findIndex(
    (f) => f.remaining > 0 && (!f.path || path.startsWith(f.path)) && (!f.method || f.method === method),
  );
  if (index === -1) return null;
  const fault = faults.api[index] as ApiFault;
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.api.splice(index, 1);
  return fault;
}
