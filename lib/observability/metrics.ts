import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    sessionsCreated: new Counter({
      name: 'tillpoint_checkout_sessions_created_total',
      help: 'Checkout sessions created, by mode (api, link, demo).',
      labelNames: ['mode'] as const,
      registers,
    }),
    paymentsFinal: new Counter({
      name: 'tillpoint_payments_final_total',
      help: 'Payments that reached a final status on this instance, by status and currency.',
      labelNames: ['status', 'currency'] as const,
      registers,
    }),
    paymentDeclines: new Counter({
      name: 'tillpoint_payment_declines_total',
      help: 'Card attempts the bank declined, by currency.',
      labelNames: ['currency'] as const,
      registers,
    }),
    refunds: new Counter({
      name: 'tillpoint_refunds_total',
      help: 'Refunds answered, by status (pending, succeeded, failed) and currency.',
      labelNames: ['status', 'currency'] as const,
      registers,
    }),
    threeDSecure: new Counter({
      name: 'tillpoint_three_d_secure_total',
      help: '3-D Secure challenges shown and failed.',
      labelNames: ['outcome'] as const,
      registers,
    }),
    stripeWebhookSeconds: new Histogram({
      name: 'tillpoint_stripe_webhook_seconds',
      help: 'Time to handle one verified Stripe webhook, by answer status.',
      labelNames: ['status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    merchantWebhookDeliveries: new Counter({
      name: 'tillpoint_merchant_webhook_deliveries_total',
      help: 'Merchant webhook delivery attempts, by outcome (succeeded, retry, failed).',
      labelNames: ['outcome'] as const,
      registers,
    }),
    merchantWebhookBacklog: new Gauge({
      name: 'tillpoint_merchant_webhook_backlog',
      help: 'Merchant webhook deliveries pending, and the age in seconds of the oldest (read at scrape).',
      labelNames: ['measure'] as const,
      registers,
    }),
    reconcilerCorrections: new Counter({
      name: 'tillpoint_reconciler_corrections_total',
      help: 'Payments or refunds the reconcilers moved, by job.',
      labelNames: ['job'] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'tillpoint_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit.',
      labelNames: ['limit'] as const,
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'tillpoint_http_request_seconds',
      help: 'HTTP request latency (to the response end; server-sent streams excluded), by route group and status class.',
      labelNames: ['group', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const holder = globalThis as typeof globalThis & { tillpointMetrics?: Metrics };

/** This process's Prometheus metrics (one registry, kept on globalThis so every bundle shares it). */
export function metrics(): Metrics {
  holder.tillpointMetrics ??= createMetrics();
  return holder.tillpointMetrics;
}
