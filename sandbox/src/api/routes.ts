import {
  listBalanceTransactions,
  retrieveBalanceTransaction,
} from './balance-transactions/balance-transaction-routes.js';
import { listCharges, retrieveCharge } from './charges/charge-routes.js';
import { createConfirmationToken, retrieveConfirmationToken } from './confirmation-tokens/confirmation-token-routes.js';
import type { Handler } from './context.js';
import { createToken, retrieveToken } from './tokens/token-routes.js';
import { listEvents, retrieveEvent } from './events/event-routes.js';
import { cancelPaymentIntent } from './payment-intents/cancel-payment-intent.js';
import { capturePaymentIntent } from './payment-intents/capture-payment-intent.js';
import { confirmPaymentIntent } from './payment-intents/confirm-payment-intent.js';
import { createPaymentIntent } from './payment-intents/create-payment-intent.js';
import { listPaymentIntents, retrievePaymentIntent } from './payment-intents/read-payment-intents.js';
import { updatePaymentIntent } from './payment-intents/update-payment-intent.js';
import { createPaymentMethod, retrievePaymentMethod } from './payment-methods/payment-method-routes.js';
import { createRefund } from './refunds/create-refund.js';
import { listRefunds, retrieveRefund, updateRefund } from './refunds/read-refunds.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  retrieveWebhookEndpoint,
  updateWebhookEndpoint,
} from './webhook-endpoints/webhook-endpoint-routes.js';

export interface Route {
  method: string;
  segments: string[];
  handler: Handler;
  /** Reachable with a publishable key (Stripe.js calls, CONTRACT.md). */
  publishable: boolean;
}

const route = (method: string, pattern: string, handler: Handler, publishable = false): Route => ({
  method,
  segments: pattern.split('/').filter(Boolean),
  handler,
  publishable,
});

export const API_ROUTES: Route[] = [
  route('POST', '/v1/payment_intents', createPaymentIntent),
  route('GET', '/v1/payment_intents', listPaymentIntents),
  route('GET', '/v1/payment_intents/:id', retrievePaymentIntent, true),
  route('POST', '/v1/payment_intents/:id', updatePaymentIntent),
  route('POST', '/v1/payment_intents/:id/confirm', confirmPaymentIntent, true),
  route('POST', '/v1/payment_intents/:id/capture', capturePaymentIntent),
  route('POST', '/v1/payment_intents/:id/cancel', cancelPaymentIntent),
  route('POST', '/v1/payment_methods', createPaymentMethod, true),
  route('GET', '/v1/payment_methods/:id', retrievePaymentMethod),
  route('POST', '/v1/confirmation_tokens', createConfirmationToken, true),
  route('POST', '/v1/test_helpers/confirmation_tokens', createConfirmationToken),
  route('GET', '/v1/confirmation_tokens/:id', retrieveConfirmationToken),
  route('POST', '/v1/tokens', createToken, true),
  route('GET', '/v1/tokens/:id', retrieveToken),
  route('GET', '/v1/balance_transactions', listBalanceTransactions),
  route('GET', '/v1/balance_transactions/:id', retrieveBalanceTransaction),
  route('GET', '/v1/charges', listCharges),
  route('GET', '/v1/charges/:id', retrieveCharge),
  route('POST', '/v1/refunds', createRefund),
  route('GET', '/v1/refunds', listRefunds),
  route('GET', '/v1/refunds/:id', retrieveRefund),
  route('POST', '/v1/refunds/:id', updateRefund),
  route('GET', '/v1/events', listEvents),
  route('GET', '/v1/events/:id', retrieveEvent),
  route('POST', '/v1/webhook_endpoints', createWebhookEndpoint),
  route('GET', '/v1/webhook_endpoints', listWebhookEndpoints),
  route('GET', '/v1/webhook_endpoints/:id', retrieveWebhookEndpoint),
  route('POST', '/v1/webhook_endpoints/:id', updateWebhookEndpoint),
  route('DELETE', '/v1/webhook_endpoints/:id', deleteWebhookEndpoint),
];

/** The route for a method and path, with the `:id` segments it captured. */
export function matchRoute<R extends { method: string; segments: string[] }>(
  routes: readonly R[],
  method: string,
  path: string,
): { route: R; params: string[] } | null {
  const parts = path.split('/').filter(Boolean);
  for (const candidate of routes) {
    if (candidate.method !== method || candidate.segments.length !== parts.length) continue;
    const params: string[] = [];
    const ok = candidate.segments.every((segment, i) => {
      const part = parts[i] as string;
      if (segment.startsWith(':')) {
        params.push(safeDecode(part));
        return true;
      }
      return segment === part;
    });
    if (ok) return { route: candidate, params };
  }
  return null;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
