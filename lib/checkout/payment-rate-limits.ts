import { appEnv } from '@/lib/env/app-env';
import { RateLimiter } from '@/lib/http/rate-limiter';
import type { PaymentStep } from './payment-step';

type Limiters = { perSession: RateLimiter; perIp: RateLimiter };

const holder = globalThis as typeof globalThis & { tillpointPaymentLimits?: Limiters };

function paymentLimiters(): Limiters {
  const env = appEnv();
  holder.tillpointPaymentLimits ??= {
    perSession: new RateLimiter({
      burst: env.PAYMENT_RATE_LIMIT_SESSION_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_SESSION_PER_MINUTE / 60,
    }),
    perIp: new RateLimiter({
      burst: env.PAYMENT_RATE_LIMIT_IP_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_IP_PER_MINUTE / 60,
    }),
  };
  return holder.tillpointPaymentLimits;
}

/**
 * Against card testing: each card submission or re-confirmation takes a token from the checkout's
 * bucket and from the client IP's. Over the limit, the page gets a failed step saying how long to wait.
 * In-process buckets, so the limits hold per server instance.
 */
export function limitPaymentAttempt(
  subject: string,
  ip: string,
  limiters: Limiters = paymentLimiters(),
  now = Date.now(),
): PaymentStep | null {
  const bySubject = limiters.perSession.take(subject, now);
  const byIp = limiters.perIp.take(ip, now);
  const waits = [bySubject, byIp].flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  if (waits.length === 0) return null;
  const seconds = Math.max(...waits);
  return {
    kind: 'failed',
    paymentId: null,
    code: 'rate_limited',
    retryAfterSeconds: seconds,
    message: `Too many attempts, wait ${seconds} seconds and try again.`,
  };
}
