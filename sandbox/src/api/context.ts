import type { ResolvedOptions } from '../config.js';
import type { Params } from '../http/params.js';
import type { SandboxClock } from '../state/clock.js';
import type { AccountState, Store } from '../state/store.js';

/** What an event is emitted with: the request that caused it, if any. */
export interface EventOrigin {
  requestId: string | null;
  idempotencyKey: string | null;
}

export interface EmitOptions {
  previousAttributes?: Record<string, unknown>;
}

/** What the control API needs from the webhook delivery queue. */
export interface WebhookQueueView {
  status(): { ready: number; scheduled: number; in_flight: number };
  whenIdle(): Promise<void>;
  dropAccount(accountId: string | null): void;
}

/** Shared services of one running sandbox. */
export interface Runtime {
  options: ResolvedOptions;
  store: Store;
  clock: SandboxClock;
  publicUrl: string;
  webhooks: WebhookQueueView;
  emitEvent(account: AccountState, origin: EventOrigin, type: string, object: unknown, opts?: EmitOptions): void;
}

/** One authenticated API call. */
export interface ApiContext extends EventOrigin {
  rt: Runtime;
  account: AccountState;
  keyMode: 'secret' | 'publishable';
  requestId: string;
  params: Params;
  method: string;
  path: string;
  /** Path segments captured by the route (`:id`). */
  pathParams: string[];
  /** The request's `Stripe-Version` (or the sandbox's own), already validated. */
  apiVersion: string;
}

export interface HandlerResult {
  status?: number;
  body: unknown;
}

export type Handler = (ctx: ApiContext) => HandlerResult;
