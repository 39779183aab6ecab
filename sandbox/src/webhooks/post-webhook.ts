import http from 'node:http';
import https from 'node:https';
import { signPayload } from './sign-payload.js';

export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

/** Keep-alive agents, one pair per sandbox (closed with it). */
export function createAgents(maxSockets: number): Agents {
  return {
    http: new http.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 5000 }),
    https: new https.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 5000 }),
  };
}

export interface PostResult {
  status: number | null;
  error: string | null;
}

/** One signed POST of an event body, as Stripe sends it; resolves (never rejects) with the outcome. */
export function postWebhook(
  agents: Agents,
  url: string,
  body: string,
  secret: string,
  timeoutMs: number,
): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ status: null, error: 'invalid URL' });
      return;
    }
    const secure = target.protocol === 'https:';
    const req = (secure ? https : http).request(target, {
      method: 'POST',
      agent: secure ? agents.https : agents.http,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        Accept: '*/*; q=0.5, application/xml',
        'Cache-Control': 'no-cache',
        'Stripe-Signature': signPayload(body, secret),
      },
    });
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? null, error: null });
      });
      res.on('error', (err) => {
        clearTimeout(timer);
        resolve({ status: null, error: err.message });
      });
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: null, error: err.message });
    });
    req.end(body);
  });
}
