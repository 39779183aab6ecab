import { appEnv } from '@/lib/env/app-env';
import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';
import type { PaymentStep } from './payment-step';

type Limiters = { perSession: Limiter; perIp: Limiter };

const holder = globalThis as typeof globalThis & { tillpointPaymentLimits?: Limiters };

function paymentLimiters(): Limiters {
  const env = appEnv();
  holder.tillpointPaymentLimits ??= {
    perSession: new SharedRateLimiter('payment-session', {
      burst: env.PAYMENT_RATE_LIMIT_SESSION_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_SESSION_PER_MINUTE / 60,
    }),
    perIp: new SharedRateLimiter('payment-ip', {
      burst: env.PAYMENT_RATE_LIMIT_IP_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_IP_PER_MINUTE / 60,
    }),
  };
  return holder.tillpointPaymentLimits;
}

/**
 * Against card testing: each card submission or re-confirmation takes a token from the checkout's
 * bucket and from the client IP's. Over the limit, the page gets a failed step saying how long to wait.
 * Shared by every instance (lib/rate-limits).
 */
export async function limitPaymentAttempt(
  subject: string,
  ip: string,
  limiters: Limiters = paymentLimiters(),
  now = Date.now(),
): Promise<PaymentStep | null> {
  const [bySubject, byIp] = await Promise.all([limiters.perSession.take(subject, now), limiters.perIp.take(ip, now)]);
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
