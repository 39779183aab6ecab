/** Every knob of the chaos benchmark in one place (issue 12: "all faults on at once"). */
export const CHAOS = {
  /** Ports 4700–4799 belong to this benchmark: app, sandbox, the proxies in front of the sandbox's API and the app's webhook route, PGlite, merchant receivers. */
  ports: { app: 4700, sandbox: 4701, stripeProxy: 4702, database: 4703, receiver: 4704, webhookProxy: 4705 },
  /** BENCH_CHAOS_CHECKOUTS makes a shorter smoke run; the benchmark itself is 320. */
  checkouts: Number(process.env.BENCH_CHAOS_CHECKOUTS) || 320,
  /** Customers paying at the same time. */
  concurrency: 10,
  webhooks: { duplicates: 3, shuffleWindow: 6, dropRate: 0.3, maxDelayMs: 5000 },
  /** Share of Tillpoint's Stripe calls that get a fault, split evenly over 5xx before, 5xx after, and a hang. */
  stripeFaultRate: 0.05,
  /** The app's Stripe client timeout, and how long a hung call waits (past it). */
  stripeTimeoutMs: 4000,
  hangMs: 6000,
  /** The server is SIGKILLed when these fractions of the checkouts have started. */
  killsAt: [0.35, 0.7],
  /** After the last fault, everything must be final within this. */
  settleMs: 180_000,
  /** How long an abandoned 3-D Secure waits before the merchant expires its session through the API. */
  abandonExpireAfterMs: 15_000,
} as const;
