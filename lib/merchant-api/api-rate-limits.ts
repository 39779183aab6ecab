import { appEnv } from '@/lib/env/app-env';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';

const holder = globalThis as typeof globalThis & {
  tillpointApiLimits?: { perKey: SharedRateLimiter; perIp: SharedRateLimiter };
};

/** The merchant API's limits (per secret key and per client IP), shared by every instance. */
export function apiRateLimits() {
  const env = appEnv();
  holder.tillpointApiLimits ??= {
    perKey: new SharedRateLimiter('api-key', {
      burst: env.API_RATE_LIMIT_KEY_BURST,
      perSecond: env.API_RATE_LIMIT_KEY_PER_SECOND,
    }),
    perIp: new SharedRateLimiter('api-ip', {
      burst: env.API_RATE_LIMIT_IP_BURST,
      perSecond: env.API_RATE_LIMIT_IP_PER_SECOND,
    }),
  };
  return holder.tillpointApiLimits;
}
