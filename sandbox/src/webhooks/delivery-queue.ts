import type { ResolvedOptions } from '../config.js';
import type { SandboxClock } from '../state/clock.js';
import type { Store } from '../state/store.js';
import { JobQueue } from './job-queue.js';
import { createAgents, postWebhook, type Agents } from './post-webhook.js';
import { recordAttempt } from './record-attempt.js';

/** One copy of one event on its way to one endpoint. */
export interface DeliveryJob {
  accountId: string;
  eventId: string;
  eventType: string;
  endpointId: string;
  body: string;
  /** 1-based attempt number of the next try. */
  attempt: number;
  copy: number;
  /** Sandbox-clock ms before which it is not sent. */
  dueAt: number;
}

const SHUFFLE_FLUSH_MS = 50;

/**
 * Sends webhook deliveries asynchronously (never on the API response path) with bounded
 * concurrency, retries failed attempts on the configured schedule (in sandbox time, so advancing
 * the clock releases them) and applies the per-account webhook faults.
 */
export class DeliveryQueue {
  private readonly ready = new JobQueue<DeliveryJob>();
  private scheduled: DeliveryJob[] = [];
  private shuffleBuffers = new Map<string, DeliveryJob[]>();
  private readonly inFlightJobs = new Set<DeliveryJob>();
  private timer: NodeJS.Timeout | null = null;
  private shuffleTimer: NodeJS.Timeout | null = null;
  private pumpQueued = false;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  /** `${eventId} ${endpointId}` not yet acknowledged with a 2xx. */
  private readonly unacknowledged = new Set<string>();
  private readonly agents: Agents;

  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
    private readonly options: ResolvedOptions,
  ) {
    this.agents = createAgents(options.webhookConcurrency);
    clock.onAdvance(() => this.arm());
  }

  /** Queues the first attempt(s) of an event for an endpoint, applying delay/duplicate/shuffle faults. */
  enqueue(job: Omit<DeliveryJob, 'attempt' | 'copy' | 'dueAt'>): void {
    const faults = this.store.account(job.accountId).faults.webhook;
    this.unacknowledged.add(`${job.eventId} ${job.endpointId}`);
    // State saved before delay_jitter_ms existed has no jitter.
    const dueAt = () =>
      this.clock.nowMs() + faults.delayMs + Math.floor(Math.random() * ((faults.delayJitterMs ?? 0) + 1));
    const copies = Array.from({ length: Math.max(1, faults.duplicates) }, (_, i) => ({
      ...job,
      attempt: 1,
      copy: i + 1,
      dueAt: dueAt(),
    }));
    if (faults.shuffleWindow > 1) {
      const buffer = this.shuffleBuffers.get(job.accountId) ?? [];
      buffer.push(...copies);
      this.shuffleBuffers.set(job.accountId, buffer);
      if (buffer.length >= faults.shuffleWindow) this.flushShuffle(job.accountId);
      else this.shuffleTimer ??= setTimeout(() => this.flushAllShuffles(), SHUFFLE_FLUSH_MS);
      return;
    }
    for (const copy of copies) this.place(copy);
  }

  /** Jobs not yet delivered (for persistence). */
  pendingJobs(): DeliveryJob[] {
    const buffered = [...this.shuffleBuffers.values()].flat();
    return [...this.inFlightJobs, ...this.ready.toArray(), ...this.scheduled, ...buffered];
  }

  restore(jobs: DeliveryJob[]): void {
    for (const job of jobs) {
      this.unacknowledged.add(`${job.eventId} ${job.endpointId}`);
      this.place(job);
    }
  }

  dropAccount(accountId: string | null): void {
    const keep = (j: DeliveryJob) => accountId !== null && j.accountId !== accountId;
    this.ready.filter(keep);
    this.scheduled = this.scheduled.filter(keep);
    if (accountId === null) this.shuffleBuffers.clear();
    else this.shuffleBuffers.delete(accountId);
  }

  /** Counts for the control API and tests. */
  status() {
    return { ready: this.ready.length, scheduled: this.scheduled.length, in_flight: this.inFlightJobs.size };
  }

  /** Resolves once nothing is ready, buffered or in flight (scheduled retries may remain). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.shuffleTimer) clearTimeout(this.shuffleTimer);
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private isIdle(): boolean {
    const dueNow = this.scheduled.some((j) => j.dueAt <= this.clock.nowMs());
    return this.ready.length === 0 && this.inFlightJobs.size === 0 && this.shuffleBuffers.size === 0 && !dueNow;
  }

  private place(job: DeliveryJob): void {
    if (job.dueAt <= this.clock.nowMs()) {
      this.ready.push(job);
      this.schedulePump();
    } else {
      this.scheduled.push(job);
      this.arm();
    }
  }

  private flushShuffle(accountId: string): void {
    const buffer = this.shuffleBuffers.get(accountId) ?? [];
    this.shuffleBuffers.delete(accountId);
    for (let i = buffer.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [buffer[i], buffer[j]] = [buffer[j] as DeliveryJob, buffer[i] as DeliveryJob];
    }
    for (const job of buffer) this.place(job);
  }

  private flushAllShuffles(): void {
    this.shuffleTimer = null;
    for (const accountId of [...this.shuffleBuffers.keys()]) this.flushShuffle(accountId);
  }

  /** (Re)arms the single timer for the earliest scheduled job, releasing those already due. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.closed) return;
    const now = this.clock.nowMs();
    const due = this.scheduled.filter((j) => j.dueAt <= now);
    if (due.length > 0) {
      this.scheduled = this.scheduled.filter((j) => j.dueAt > now);
      this.ready.push(...due);
      this.schedulePump();
    }
    if (this.scheduled.length === 0) return;
    const next = this.scheduled.reduce((min, j) => Math.min(min, j.dueAt), Infinity);
    this.timer = setTimeout(() => this.arm(), Math.max(0, next - now));
    this.timer.unref();
  }

  private schedulePump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.inFlightJobs.size < this.options.webhookConcurrency) {
      const job = this.ready.shift();
      if (!job) break;
      this.inFlightJobs.add(job);
      void this.attempt(job).finally(() => {
        this.inFlightJobs.delete(job);
        this.pump();
      });
    }
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private async attempt(job: DeliveryJob): Promise<void> {
    const account = this.store.accounts.get(job.accountId);
    const endpoint = account?.webhookEndpoints.get(job.endpointId);
    if (!account || !endpoint) return;
    const dropped = job.attempt === 1 && Math.random() < account.faults.webhook.dropRate;
    const started = Date.now();
    const result = dropped
      ? { status: null, error: 'dropped by fault injection (webhook_drop_rate)' }
      : await postWebhook(this.agents, endpoint.url, job.body, endpoint.secret, this.options.webhookTimeoutMs);
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const delay = ok ? undefined : this.options.webhookRetrySchedule[job.attempt - 1];
    const nextAt = delay === undefined ? null : this.clock.nowMs() + delay * 1000;
    recordAttempt(account, job, endpoint.url, result, Date.now() - started, this.clock.nowSeconds(), nextAt);
    const key = `${job.eventId} ${job.endpointId}`;
    if (ok && this.unacknowledged.delete(key)) {
      const event = account.events.get(job.eventId);
      if (event) event.pendingWebhooks = Math.max(0, event.pendingWebhooks - 1);
    }
    if (nextAt !== null) this.place({ ...job, attempt: job.attempt + 1, dueAt: nextAt });
    this.store.changed();
  }
}
