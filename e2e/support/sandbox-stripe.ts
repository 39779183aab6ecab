import { expect, type APIRequestContext } from '@playwright/test';
import { E2E, sandboxUrl } from './e2e-env';
import { auth } from './merchant-api';

export type SandboxIntent = {
  id: string;
  status: string;
  amount: number;
  currency: string;
  amount_received: number;
  latest_charge: string | null;
  metadata: Record<string, string>;
};

export type SandboxRefund = {
  id: string;
  amount: number;
  status: string;
  payment_intent: string;
  metadata: Record<string, string>;
};

/** Calls the sandbox's Stripe API with Tillpoint's own account key (the same account Tillpoint uses), as someone at Stripe would. */
export async function stripeApi<T>(
  method: 'GET' | 'POST',
  path: string,
  form: Record<string, string> = {},
): Promise<T> {
  const query = method === 'GET' && Object.keys(form).length ? `?${new URLSearchParams(form)}` : '';
  const response = await fetch(`${sandboxUrl}${path}${query}`, {
    method,
    headers: { Authorization: `Bearer ${E2E.sandboxSecretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: method === 'POST' ? new URLSearchParams(form) : undefined,
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Every PaymentIntent at the sandbox whose metadata names this checkout session, however it was created. */
export async function intentsForSession(sessionId: string): Promise<SandboxIntent[]> {
  const list = await stripeApi<{ data: SandboxIntent[] }>('GET', '/v1/payment_intents', { limit: '100' });
  return list.data.filter((intent) => intent.metadata.tillpoint_checkout_session_id === sessionId);
}

export async function refundsForIntent(intentId: string): Promise<SandboxRefund[]> {
  return (await stripeApi<{ data: SandboxRefund[] }>('GET', '/v1/refunds', { payment_intent: intentId, limit: '100' }))
    .data;
}

export type ApiPayment = {
  id: string;
  status: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  checkout_session: string;
  timeline: { from: string | null; to: string; source: string; source_ref: string | null; detail: string | null }[];
  refunds: { id: string; amount: number; status: string; failure_reason: string | null }[];
  anomalies?: { kind: string; stripe_object: string; detail: string | null; created: number }[];
  [key: string]: unknown;
};

export async function getPayment(request: APIRequestContext, key: string, paymentId: string): Promise<ApiPayment> {
  const response = await request.get(`/api/v1/payments/${paymentId}`, { headers: auth(key) });
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiPayment;
}

/** The payment of a checkout session, through the merchant API (null while the session has none). */
export async function sessionPaymentId(
  request: APIRequestContext,
  key: string,
  sessionId: string,
): Promise<string | null> {
  const response = await request.get(`/api/v1/checkout/sessions/${sessionId}`, { headers: auth(key) });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { payment: string | null }).payment;
}

export async function getSessionStatus(request: APIRequestContext, key: string, sessionId: string): Promise<string> {
  const response = await request.get(`/api/v1/checkout/sessions/${sessionId}`, { headers: auth(key) });
  return ((await response.json()) as { status: string }).status;
}

/** Sandbox API faults still waiting to be taken by a call (the control API's own view). */
export async function pendingApiFaults(): Promise<number> {
  const response = await fetch(`${sandboxUrl}/_sandbox/faults`, {
    headers: { Authorization: `Bearer ${E2E.sandboxSecretKey}` },
  });
  const faults = (await response.json()) as { api?: { remaining: number }[] };
  return (faults.api ?? []).reduce((sum, fault) => sum + fault.remaining, 0);
}
