/** Options for startSandbox(); main.ts fills them from the environment. */
export interface SandboxOptions {
  port?: number;
  host?: string;
  /** The sandbox's own origin as browsers reach it; defaults to http://localhost:<port>. */
  publicUrl?: string;
  /** JSON file to load state from and save it to (debounced, atomic). */
  stateFile?: string | null;
  /** A webhook endpoint (url + whsec_ secret) configured for every account. */
  webhookUrl?: string | null;
  webhookSecret?: string | null;
  /** Seconds between a failed delivery and each retry; its length is the number of retries. */
  webhookRetrySchedule?: number[];
  /** A delivery attempt that takes longer fails (and is retried). */
  webhookTimeoutMs?: number;
  /** Deliveries in flight at once, over all endpoints. */
  webhookConcurrency?: number;
  /** Manual confirmation: seconds after the customer's 3DS during which the server may confirm. */
  reauthWindowSeconds?: number;
  persistDebounceMs?: number;
  /** Where the sandbox writes its log lines (never card numbers); default: stderr. */
  log?: (line: string) => void;
}

export type ResolvedOptions = Required<Omit<SandboxOptions, 'publicUrl'>> & { publicUrl: string | null };

export const API_VERSION = '2026-10-28.endive';

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  return {
    port: options.port ?? 12111,
    host: options.host ?? '127.0.0.1',
    publicUrl: options.publicUrl ?? null,
    stateFile: options.stateFile ?? null,
    webhookUrl: options.webhookUrl ?? null,
    webhookSecret: options.webhookSecret ?? null,
    webhookRetrySchedule: options.webhookRetrySchedule ?? [60, 300, 1800],
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    webhookConcurrency: options.webhookConcurrency ?? 64,
    reauthWindowSeconds: options.reauthWindowSeconds ?? 3600,
    persistDebounceMs: options.persistDebounceMs ?? 250,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}
