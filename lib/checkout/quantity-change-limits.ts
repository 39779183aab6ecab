import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';

type Limiters = { perSession: Limiter; perIp: Limiter };

const holder = globalThis as typeof globalThis & { tillpointQuantityLimits?: Limiters };

/** Far above what a customer clicking −/+ needs; each change locks its session's row for a moment. */
function quantityLimiters(): Limiters {
  holder.tillpointQuantityLimits ??= {
    perSession: new SharedRateLimiter('quantity-session', { burst: 30, perSecond: 1 }),
    perIp: new SharedRateLimiter('quantity-ip', { burst: 120, perSecond: 4 }),
  };
  return holder.tillpointQuantityLimits;
}

/** Whether another quantity change may run now for this checkout and client IP (shared by every instance). */
export async function allowQuantityChange(
  sessionId: string,
  ip: string,
  limiters: Limiters = quantityLimiters(),
  now = Date.now(),
): Promise<boolean> {
  const results = await Promise.all([limiters.perSession.take(sessionId, now), limiters.perIp.take(ip, now)]);
  return results.every((result) => result.allowed);
}
