import { appEnv } from '@/lib/env/app-env';
import { OpenStreamLimit } from '@/lib/http/open-stream-limit';

type Limits = { perIp: OpenStreamLimit; perPayment: OpenStreamLimit };

const holder = globalThis as typeof globalThis & { tillpointPaymentStreamLimits?: Limits };

function streamLimits(): Limits {
  const env = appEnv();
  holder.tillpointPaymentStreamLimits ??= {
    perIp: new OpenStreamLimit(env.SSE_MAX_STREAMS_PER_IP),
    perPayment: new OpenStreamLimit(env.SSE_MAX_STREAMS_PER_PAYMENT),
  };
  return holder.tillpointPaymentStreamLimits;
}

/**
 * A place for one more open status stream of `paymentId` from `ip`, or null when the client or the
 * payment already holds its share (the page then keeps its slow poll). Per server instance.
 */
export function acquirePaymentStream(
  ip: string,
  paymentId: string,
  limits: Limits = streamLimits(),
): (() => void) | null {
  const releaseIp = limits.perIp.acquire(ip);
  if (!releaseIp) return null;
  const releasePayment = limits.perPayment.acquire(paymentId);
  if (!releasePayment) {
    releaseIp();
    return null;
  }
  return () => {
    releaseIp();
    releasePayment();
  };
}
