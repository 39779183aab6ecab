import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { DeliveryJob } from '../webhooks/delivery-queue.js';
import type { SandboxClock } from './clock.js';
import { emptyAccount, type AccountState, type Store } from './store.js';
import type { StoredResponse, ThreeDsTokenRecord } from './types.js';

const FORMAT = 1;

interface SavedAccount extends Omit<
  AccountState,
  | 'paymentIntents'
  | 'paymentMethods'
  | 'charges'
  | 'refunds'
  | 'events'
  | 'webhookEndpoints'
  | 'idempotency'
  | 'confirmationTokens'
  | 'balanceTransactions'
  | 'tokens'
> {
  tokens?: Array<[string, unknown]>;
  confirmationTokens?: Array<[string, unknown]>;
  balanceTransactions?: Array<[string, unknown]>;
  paymentIntents: Array<[string, unknown]>;
  paymentMethods: Array<[string, unknown]>;
  charges: Array<[string, unknown]>;
  refunds: Array<[string, unknown]>;
  events: Array<[string, unknown]>;
  webhookEndpoints: Array<[string, unknown]>;
  idempotency: Array<[string, StoredResponse]>;
}

interface SavedState {
  format: number;
  clockOffsetMs: number;
  accounts: SavedAccount[];
  threeDsTokens: ThreeDsTokenRecord[];
  pendingDeliveries: DeliveryJob[];
}

const MAP_KEYS = [
  'paymentIntents',
  'paymentMethods',
  'charges',
  'refunds',
  'events',
  'webhookEndpoints',
  'confirmationTokens',
  'balanceTransactions',
  'tokens',
] as const;

function saveAccount(account: AccountState): SavedAccount {
  const idempotency = [...account.idempotency].filter((e): e is [string, StoredResponse] => e[1] !== 'in_flight');
  const maps = Object.fromEntries(MAP_KEYS.map((k) => [k, [...account[k]]]));
  return { ...account, ...maps, idempotency } as unknown as SavedAccount;
}

function loadAccount(saved: SavedAccount): AccountState {
  const account = { ...emptyAccount(saved.id), deliveries: saved.deliveries, faults: saved.faults };
  for (const key of MAP_KEYS) (account[key] as Map<string, unknown>) = new Map(saved[key] ?? []);
  account.idempotency = new Map(saved.idempotency);
  return account;
}

/**
 * SANDBOX_STATE_FILE: state is written (debounced) to a temp file then renamed over the target,
 * so a crash never leaves a half-written file; it is read back on start.
 */
export class Persister {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private dirty = false;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly debounceMs: number,
    private readonly snapshot: () => SavedState,
    private readonly log: (line: string) => void,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch((error: unknown) => this.log(`[sandbox] could not save ${this.file}: ${String(error)}`));
    }, this.debounceMs);
  }

  /** Writes what is pending and stops saving (used on shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.writing) await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    const tmp = `${this.file}.${process.pid}.tmp`;
    this.writing = writeFile(tmp, JSON.stringify(this.snapshot()))
      .then(() => rename(tmp, this.file))
      .finally(() => {
        this.writing = null;
      });
    await this.writing;
  }
}

export function snapshotState(store: Store, clock: SandboxClock, pendingDeliveries: DeliveryJob[]): SavedState {
  return {
    format: FORMAT,
    clockOffsetMs: clock.offsetMs,
    accounts: [...store.accounts.values()].map(saveAccount),
    threeDsTokens: [...store.threeDsTokens.values()],
    pendingDeliveries,
  };
}

/** Loads a saved state into an empty store; returns the deliveries to re-queue. */
export function restoreState(file: string, store: Store, clock: SandboxClock): DeliveryJob[] {
  if (!existsSync(file)) return [];
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
  if (saved.format !== FORMAT) throw new Error(`${file}: unsupported sandbox state format ${saved.format}`);
  clock.offsetMs = saved.clockOffsetMs;
  for (const account of saved.accounts) store.accounts.set(account.id, loadAccount(account));
  for (const token of saved.threeDsTokens) store.threeDsTokens.set(token.token, token);
  return saved.pendingDeliveries;
}
