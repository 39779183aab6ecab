import { appEnv } from '@/lib/env/app-env';
import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';

const holder = globalThis as typeof globalThis & { tillpointLinkLimiter?: Limiter };

function linkLimiter(): Limiter {
  const env = appEnv();
  holder.tillpointLinkLimiter ??= new SharedRateLimiter('link-ip', {
    burst: env.LINK_RATE_LIMIT_IP_BURST,
    perSecond: env.LINK_RATE_LIMIT_IP_PER_MINUTE / 60,
  });
  return holder.tillpointLinkLimiter;
}

/**
 * Each checkout opened from a link page takes a token from the client IP's bucket, so nobody can fill
 * the database with sessions. Over the limit: a sentence saying how long to wait, else null.
 * Shared by every instance (lib/rate-limits).
 */
export async function limitLinkCheckout(
  ip: string,
  limiter: Limiter = linkLimiter(),
  now = Date.now(),
): Promise<LinkCheckoutWait | null> {
  const result = await limiter.take(ip, now);
  if (result.allowed) return null;
  const seconds = result.retryAfterSeconds;
  const minutes = seconds >= 90 ? Math.ceil(seconds / 60) : null;
  const wait = minutes !== null ? `${minutes} minutes` : `${seconds} seconds`;
  return {
    seconds,
    minutes,
    message: `Too many checkouts were started from your connection. Wait ${wait} and try again.`,
  };
}

/** How long a client waits before opening another checkout: in minutes from 90 seconds on. */
export type LinkCheckoutWait = { seconds: number; minutes: number | null; message: string };
