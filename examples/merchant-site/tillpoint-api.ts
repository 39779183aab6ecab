import { randomUUID } from 'node:crypto';
import { BASKET } from './basket';
import type { TSiteConfig } from './site-config';

type Session = { id: string; status: 'open' | 'complete' | 'expired'; payment: string | null; amount_total: number };

async function call(config: TSiteConfig, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Session> {
  const response = await fetch(`${config.TILLPOINT_URL}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${config.TILLPOINT_SECRET_KEY}`,
      ...(body !== undefined && { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await response.json()) as Session & { error?: { message: string } };
  if (!response.ok) throw new Error(`Tillpoint ${method} ${path}: ${response.status} ${json.error?.message ?? ''}`);
  return json;
}

/** A merchant's server creating an embedded checkout for its basket, framed by this site's origin. */
export function createEmbeddedSession(config: TSiteConfig, threeDSecureUi: 'modal' | 'redirect'): Promise<Session> {
  return call(config, 'POST', '/checkout/sessions', {
    line_items: BASKET,
    currency: 'usd',
    ui_mode: 'embedded',
    embed_origin: config.origin,
    three_d_secure_ui: threeDSecureUi,
    client_reference_id: `demo-order-${Date.now()}`,
  });
}

/** The order's truth, asked server to server: a message in the browser is not proof of payment. */
export function retrieveSession(config: TSiteConfig, sessionId: string): Promise<Session> {
  return call(config, 'GET', `/checkout/sessions/${encodeURIComponent(sessionId)}`);
}
