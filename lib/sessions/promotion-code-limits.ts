import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';

const holder = globalThis as typeof globalThis & { tillpointCodeLimiters?: { ip: Limiter; session: Limiter } };

/** Codes are guessable words: a customer gets a few tries, a script far too few to walk a merchant's codes. */
function limiters() {
  holder.tillpointCodeLimiters ??= {
    ip: new SharedRateLimiter('promo-ip', { burst: 30, perSecond: 60 / 3600 }),
    session: new SharedRateLimiter('promo-session', { burst: 10, perSecond: 10 / 3600 }),
  };
  return holder.tillpointCodeLimiters;
}

/** True when this try must be refused: too many codes tried from the client IP or on this checkout. */
export async function limitPromotionCodeTries(sessionId: string, ip: string, now = Date.now()): Promise<boolean> {
  const { ip: byIp, session } = limiters();
  const [a, b] = [await byIp.take(ip, now), await session.take(sessionId, now)];
  return !a.allowed || !b.allowed;
}
