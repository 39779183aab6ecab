import { appEnv } from '@/lib/env/app-env';
import { RateLimiter } from '@/lib/http/rate-limiter';

const holder = globalThis as typeof globalThis & { tillpointApiLimits?: { perKey: RateLimiter; perIp: RateLimiter } };

/** The merchant API's token buckets (per secret key and per client IP), one set per process. */
export function apiRateLimits() {
  const env = appEnv();
  holder.tillpointApiLimits ??= {
    perKey: new RateLimiter({ burst: env.API_RATE_LIMIT_KEY_BURST, perSecond: env.API_RATE_LIMIT_KEY_PER_SECOND }),
    perIp: new RateLimiter({ burst: env.API_RATE_LIMIT_IP_BURST, perSecond: env.API_RATE_LIMIT_IP_PER_SECOND }),
  };
  return holder.tillpointApiLimits;
}
