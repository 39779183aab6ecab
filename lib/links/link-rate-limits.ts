import { appEnv } from '@/lib/env/app-env';
import { RateLimiter } from '@/lib/http/rate-limiter';

const holder = globalThis as typeof globalThis & { tillpointLinkLimiter?: RateLimiter };

function linkLimiter(): RateLimiter {
  const env = appEnv();
  holder.tillpointLinkLimiter ??= new RateLimiter({
    burst: env.LINK_RATE_LIMIT_IP_BURST,
    perSecond: env.LINK_RATE_LIMIT_IP_PER_MINUTE / 60,
  });
  return holder.tillpointLinkLimiter;
}

/**
 * Each checkout opened from a link page takes a token from the client IP's bucket, so nobody can fill
 * the database with sessions. Over the limit: a sentence saying how long to wait, else null.
 * In-process buckets: the limit holds per server instance.
 */
export function limitLinkCheckout(
  ip: string,
  limiter: RateLimiter = linkLimiter(),
  now = Date.now(),
): LinkCheckoutWait | null {
  const result = limiter.take(ip, now);
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
