import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PaymentStep } from '@/lib/checkout/payment-step';

/** Where a checkout is driven: the app, the sandbox, and the keys of both sides. */
export type CheckoutTarget = {
  appUrl: string;
  sandboxUrl: string;
  /** The merchant's Tillpoint key (`Authorization: Bearer` on /api/v1). */
  merchantSecretKey: string;
  /** The app's Stripe account at the sandbox (control API, truth reads). */
  stripeSecretKey: string;
  stripePublishableKey: string;
};

export type { PaymentStep };

export type SessionOptions = {
  amount?: number;
  currency?: string;
  threeDSecureUi?: 'modal' | 'redirect';
  idempotencyKey?: string;
};
export type CreatedSession = { id: string; url: string; amount_total: number; currency: string; status: string };

type Json = Record<string, unknown>;

/** Calls the merchant API; returns status and parsed JSON body. */
export async function merchantApi<T = Json>(
  target: CheckoutTarget,
  method: string,
  apiPath: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${target.appUrl}/api/v1${apiPath}`, {
    method,
    headers: {
      Authorization: `Bearer ${target.merchantSecretKey}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** `POST /api/v1/checkout/sessions` with one line item. */
export async function createSession(target: CheckoutTarget, options: SessionOptions = {}): Promise<CreatedSession> {
  const { status, body } = await merchantApi<CreatedSession>(
    target,
    'POST',
    '/checkout/sessions',
    {
      line_items: [{ name: 'Lamp', unit_amount: options.amount ?? 4200, quantity: 1 }],
      currency: options.currency ?? 'usd',
      success_url: 'http://localhost/thanks',
      three_d_secure_ui: options.threeDSecureUi ?? 'modal',
    },
    options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  );
  if (status !== 200 && status !== 201) throw new Error(`session create answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Tokenises a card the way Stripe.js does: `POST /v1/payment_methods` with the publishable key. */
export async function createPaymentMethod(target: CheckoutTarget, cardNumber: string): Promise<string> {
  const form = new URLSearchParams({
    type: 'card',
    'card[number]': cardNumber,
    'card[exp_month]': '12',
    'card[exp_year]': String(new Date().getUTCFullYear() + 3),
    'card[cvc]': cardNumber.startsWith('37') ? '1234' : '123',
    key: target.stripePublishableKey,
  });
  const response = await fetch(`${target.sandboxUrl}/v1/payment_methods`, {
    method: 'POST',
    body: form,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  const body = (await response.json()) as { id?: string; error?: unknown };
  if (!response.ok || !body.id)
    throw new Error(`payment method create answered ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

const actionIds = new Map<string, string>();

/** The id Next gave a server action in this build (`.next/server/server-reference-manifest.json`). */
export function actionId(exportedName: string, root = process.cwd()): string {
  if (actionIds.size === 0) {
    const manifest = JSON.parse(
      readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'),
    ) as {
      node: Record<string, { exportedName?: string }>;
    };
    for (const [id, entry] of Object.entries(manifest.node))
      if (entry.exportedName) actionIds.set(entry.exportedName, id);
  }
  const id = actionIds.get(exportedName);
  if (!id) throw new Error(`no server action named ${exportedName} in this build`);
  return id;
}

/**
 * Calls a server action over HTTP as the page's form does: POST to the page with `Next-Action`, the
 * arguments as a JSON array, and decodes the React Server Components answer to the returned value.
 */
export async function callAction<T>(
  target: CheckoutTarget,
  pagePath: string,
  exportedName: string,
  input: unknown,
  timeoutMs = 60_000,
): Promise<T> {
  const response = await fetch(`${target.appUrl}${pagePath}`, {
    method: 'POST',
    headers: {
      'Next-Action': actionId(exportedName),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: target.appUrl,
    },
    body: JSON.stringify([input]),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`action ${exportedName} answered ${response.status}: ${text.slice(0, 300)}`);
  return decodeActionResult<T>(text);
}

/** The action's return value from a flight response: row 0 is `{ a: <value or "$@<row>"> , ... }`. */
export function decodeActionResult<T>(flight: string): T {
  const rows = new Map<string, string>();
  for (const line of flight.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const revive = (_key: string, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith('$')) return value;
    if (value === '$undefined') return undefined;
    if (value.startsWith('$$')) return value.slice(1);
    return value;
  };
  const root = JSON.parse(rows.get('0') ?? 'null', revive) as { a?: unknown } | null;
  if (!root || !('a' in root)) throw new Error(`unexpected action response: ${flight.slice(0, 300)}`);
  const ref = typeof root.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a) : null;
  return (ref ? JSON.parse(rows.get(ref[1]!) ?? 'null', revive) : root.a) as T;
}

/** Pay pressed on the hosted page `/c/<session>` with this card. */
export async function startPayment(
  target: CheckoutTarget,
  sessionId: string,
  card: string,
  email = 'buyer@example.com',
  timeoutMs?: number,
): Promise<PaymentStep> {
  const paymentMethodId = await createPaymentMethod(target, card);
  return callAction<PaymentStep>(
    target,
    `/c/${sessionId}`,
    'startPaymentAction',
    { sessionId, paymentMethodId, email },
    timeoutMs,
  );
}

/** After 3-D Secure in the modal: the page's confirm action. */
export function confirmPayment(
  target: CheckoutTarget,
  sessionId: string,
  paymentId: string,
  timeoutMs?: number,
): Promise<PaymentStep> {
  return callAction<PaymentStep>(target, `/c/${sessionId}`, 'confirmPaymentAction', { paymentId }, timeoutMs);
}

/** Calls the sandbox with the app's Stripe secret key (API reads and the control API). */
export async function sandboxCall<T = Json>(
  target: CheckoutTarget,
  method: string,
  apiPath: string,
  params?: Record<string, string | number>,
): Promise<{ status: number; body: T }> {
  const form = params ? new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])) : undefined;
  const response = await fetch(`${target.sandboxUrl}${apiPath}`, {
    method,
    headers: {
      Authorization: `Bearer ${target.stripeSecretKey}`,
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The customer completes or fails 3-D Secure at the bank, without a browser. */
export async function decideThreeDSecure(
  target: CheckoutTarget,
  paymentIntentId: string,
  outcome: 'complete' | 'fail',
): Promise<void> {
  const { status, body } = await sandboxCall(
    target,
    'POST',
    `/_sandbox/payment_intents/${paymentIntentId}/three_d_secure`,
    { outcome },
  );
  if (status !== 200) throw new Error(`3DS decision answered ${status}: ${JSON.stringify(body)}`);
}

/** Injects a fault at the sandbox: `fail` (status, when, path, method, count) or `hang` (ms, path, method, count). */
export async function injectFault(
  target: CheckoutTarget,
  kind: 'fail' | 'hang',
  params: Record<string, string | number>,
): Promise<void> {
  const { status, body } = await sandboxCall(target, 'POST', `/_sandbox/faults/${kind}`, params);
  if (status !== 200) throw new Error(`fault ${kind} answered ${status}: ${JSON.stringify(body)}`);
}

export async function clearFaults(target: CheckoutTarget): Promise<void> {
  await sandboxCall(target, 'DELETE', '/_sandbox/faults');
}

export type StripeIntent = {
  id: string;
  status: string;
  amount: number;
  currency: string;
  amount_received?: number;
  metadata: Record<string, string>;
  latest_charge?: string | null;
  next_action?: unknown;
};
export type StripeRefund = {
  id: string;
  amount: number;
  status: string;
  payment_intent: string;
  metadata: Record<string, string>;
};

async function listAll<T extends { id: string }>(
  target: CheckoutTarget,
  apiPath: string,
  query: Record<string, string> = {},
): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const search = new URLSearchParams({ limit: '100', ...query, ...(after ? { starting_after: after } : {}) });
    const { status, body } = await sandboxCall<{ data: T[]; has_more: boolean }>(target, 'GET', `${apiPath}?${search}`);
    if (status !== 200) throw new Error(`GET ${apiPath} answered ${status}: ${JSON.stringify(body)}`);
    all.push(...body.data);
    if (!body.has_more || body.data.length === 0) return all;
    after = body.data.at(-1)!.id;
  }
}

/** Stripe's truth: every PaymentIntent of the account, optionally only those a checkout session created. */
export async function stripeIntents(target: CheckoutTarget, sessionId?: string): Promise<StripeIntent[]> {
  const intents = await listAll<StripeIntent>(target, '/v1/payment_intents');
  return sessionId ? intents.filter((intent) => intent.metadata?.tillpoint_checkout_session_id === sessionId) : intents;
}

/** Stripe's truth: the refunds of one PaymentIntent. */
export function stripeRefunds(target: CheckoutTarget, paymentIntentId: string): Promise<StripeRefund[]> {
  return listAll<StripeRefund>(target, '/v1/refunds', { payment_intent: paymentIntentId });
}

export type ApiPayment = {
  id: string;
  status: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  checkout_session: string;
  /** The PaymentIntent Tillpoint stored for the payment (exposed since issue 12). */
  payment_intent?: string | null;
  last_error: { code: string; decline_code: string | null; message: string } | null;
  timeline?: {
    from: string | null;
    to: string;
    source: string;
    source_ref: string | null;
    detail: unknown;
    at: number;
  }[];
  [key: string]: unknown;
};
export type ApiRefund = {
  id: string;
  status: string;
  amount: number;
  failure_reason?: string | null;
  [key: string]: unknown;
};

export async function getPayment(target: CheckoutTarget, paymentId: string): Promise<ApiPayment> {
  const { status, body } = await merchantApi<ApiPayment>(target, 'GET', `/payments/${paymentId}`);
  if (status !== 200) throw new Error(`GET /payments/${paymentId} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** The session's payment through the merchant API (null before Pay). */
export async function paymentOfSession(target: CheckoutTarget, sessionId: string): Promise<ApiPayment | null> {
  const { status, body } = await merchantApi<{ data: ApiPayment[] }>(
    target,
    'GET',
    `/payments?checkout_session=${sessionId}`,
  );
  if (status !== 200) throw new Error(`GET /payments answered ${status}: ${JSON.stringify(body)}`);
  return body.data[0] ?? null;
}

export function refundPayment(
  target: CheckoutTarget,
  paymentId: string,
  body: { amount?: number; reason?: string } = {},
) {
  return merchantApi<ApiRefund & { error?: { code: string; message: string } }>(
    target,
    'POST',
    `/payments/${paymentId}/refunds`,
    body,
  );
}

export async function listRefunds(target: CheckoutTarget, paymentId: string): Promise<ApiRefund[]> {
  const { status, body } = await merchantApi<{ data: ApiRefund[] }>(target, 'GET', `/payments/${paymentId}/refunds`);
  if (status !== 200) throw new Error(`GET /payments/${paymentId}/refunds answered ${status}: ${JSON.stringify(body)}`);
  return body.data;
}

/** Polls `read` until `done` holds; returns the last value, or throws with it after `timeoutMs`. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`${what} not reached within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  return last;
}
