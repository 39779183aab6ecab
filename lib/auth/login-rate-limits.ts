import { appEnv } from '@/lib/env/app-env';
import { RateLimiter } from '@/lib/http/rate-limiter';

type Limiters = { perIp: RateLimiter; perEmail: RateLimiter };

const holder = globalThis as typeof globalThis & { tillpointLoginLimits?: Limiters };

function loginLimiters(): Limiters {
  const env = appEnv();
  holder.tillpointLoginLimits ??= {
    perIp: new RateLimiter({ burst: env.LOGIN_RATE_LIMIT_IP_BURST, perSecond: env.LOGIN_RATE_LIMIT_IP_PER_MINUTE / 60 }),
    perEmail: new RateLimiter({ burst: env.LOGIN_RATE_LIMIT_EMAIL_BURST, perSecond: env.LOGIN_RATE_LIMIT_EMAIL_PER_MINUTE / 60 }),
  };
  return holder.tillpointLoginLimits;
}

/**
 * Against password guessing: every sign-in attempt takes a token from its client IP's bucket and from
 * the email's. Returns the seconds to wait when either is empty, else null. Per server instance.
 */
export function limitLoginAttempt(ip: string, email: string, limiters: Limiters = loginLimiters(), now = Date.now()): number | null {
  const waits = [limiters.perIp.take(`ip:${ip}`, now), limiters.perEmail.take(`email:${email.trim().toLowerCase()}`, now)].flatMap((result) =>
    result.allowed ? [] : [result.retryAfterSeconds],
  );
  return waits.length ? Math.max(...waits) : null;
}
