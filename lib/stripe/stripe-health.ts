import 'server-only';

export type StripeHealth = { lastError: { at: string; status: number; path: string } | null; lastOkAt: string | null };

const holder = globalThis as typeof globalThis & { tillpointStripeHealth?: StripeHealth };

function health(): StripeHealth {
  holder.tillpointStripeHealth ??= { lastError: null, lastOkAt: null };
  return holder.tillpointStripeHealth;
}

/**
 * Notes each answer of the Stripe API (the SDK's `response` event): errors that are Stripe's or the
 * connection's (5xx, 429, 401/403) are kept for /api/ready; card declines (402) and 4xx are normal answers.
 */
export function recordStripeResponse(event: { status: number; path: string }): void {
  const now = new Date().toISOString();
  if (event.status >= 500 || event.status === 429 || event.status === 401 || event.status === 403)
    health().lastError = { at: now, status: event.status, path: event.path };
  else health().lastOkAt = now;
}

/** The Stripe connection's last error and last good answer, as this instance saw them. */
export function stripeHealth(): StripeHealth {
  return { ...health() };
}
