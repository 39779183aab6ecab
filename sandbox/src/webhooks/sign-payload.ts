import { createHmac } from 'node:crypto';

/**
 * `Stripe-Signature: t=<unix seconds>,v1=<hex>` — HMAC-SHA256 of `${t}.${body}` keyed with the
 * whole `whsec_...` string (STRIPE_FACTS §4). `t` is wall-clock time, not the sandbox clock, so
 * receivers verify with the default 300 s tolerance even after the clock was advanced.
 */
export function signPayload(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
