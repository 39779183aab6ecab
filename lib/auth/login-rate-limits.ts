import { appEnv } from '@/lib/env/app-env';
import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';

type Limiters = { perIp: Limiter; perEmail: Limiter };

const holder = globalThis as typeof globalThis & { tillpointLoginLimits?: Limiters };

function loginLimiters(): Limiters {
  const env = appEnv();
  holder.tillpointLoginLimits ??= {
    perIp: new SharedRateLimiter('login-ip', {
      burst: env.LOGIN_RATE_LIMIT_IP_BURST,
      perSecond: env.LOGIN_RATE_LIMIT_IP_PER_MINUTE / 60,
    }),
    perEmail: new SharedRateLimiter('login-email', {
      burst: env.LOGIN_RATE_LIMIT_EMAIL_BURST,
      perSecond: env.LOGIN_RATE_LIMIT_EMAIL_PER_MINUTE / 60,
    }),
  };
  return holder.tillpointLoginLimits;
}

const emailKey = (ip: string, email: string) => `email:${email.trim().toLowerCase()}|ip:${ip}`;

/**
 * Against password guessing: every attempt takes a token from its client IP's bucket, and one from the
 * bucket of this email tried from this IP, which a successful sign-in refills (`forgiveLoginAttempts`).
 * So failures count and successes reset, and guesses from elsewhere never lock the owner out.
 * Returns the seconds to wait when a bucket is empty, else null. Shared by every instance.
 */
export async function limitLoginAttempt(
  ip: string,
  email: string,
  limiters: Limiters = loginLimiters(),
  now = Date.now(),
): Promise<number | null> {
  const results = await Promise.all([
    limiters.perIp.take(`ip:${ip}`, now),
    limiters.perEmail.take(emailKey(ip, email), now),
  ]);
  const waits = results.flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  return waits.length ? Math.max(...waits) : null;
}

/** After a successful sign-in: the failures of this email from this IP are forgotten. */
export async function forgiveLoginAttempts(
  ip: string,
  email: string,
  limiters: Limiters = loginLimiters(),
): Promise<void> {
  await limiters.perEmail.forget(emailKey(ip, email));
}
