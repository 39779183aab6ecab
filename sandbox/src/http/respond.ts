import type { ServerResponse } from 'node:http';
import { API_VERSION } from '../config.js';

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account, X-Stripe-Client-User-Agent',
  'Access-Control-Expose-Headers':
    'Request-Id, Original-Request, Idempotent-Replayed, Idempotency-Key, Stripe-Should-Retry',
  'Access-Control-Max-Age': '300',
};

/** Writes a JSON response with the headers every sandbox response carries. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  requestId: string,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache, no-store',
    'Request-Id': requestId,
    'Stripe-Version': API_VERSION,
    ...CORS_HEADERS,
    ...extra,
  });
  res.end(body);
}

export const toJson = (value: unknown) => JSON.stringify(value, null, 2);
