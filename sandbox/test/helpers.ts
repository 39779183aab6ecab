import http from 'node:http';
import { after } from 'node:test';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { SandboxOptions } from '../src/config.js';
import { randomToken } from '../src/state/ids.js';
import { startSandbox, type RunningSandbox } from '../src/server.js';

/** A fresh account key pair, so tests never see each other's objects. */
export function newAccount(): { secret: string; publishable: string } {
  const id = randomToken(10);
  return { secret: `sk_test_${id}`, publishable: `pk_test_${id}` };
}

const running = new Set<{ close(): Promise<void> }>();

/** Whatever a failed test left open is closed at the end of the file, so the run never hangs. */
after(async () => {
  for (const item of running) await item.close();
});

export async function startTestSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ port: 0, webhookRetrySchedule: [0.05, 0.1, 0.2], log: () => {}, ...options });
  running.add(sandbox);
  return sandbox;
}

/** The unmodified SDK pointed at the sandbox, retries off unless asked for. */
export function stripeFor(sandbox: RunningSandbox, key: string, config: Stripe.StripeConfig = {}): Stripe {
  return new Stripe(key, { host: '127.0.0.1', port: sandbox.port, protocol: 'http', maxNetworkRetries: 0, ...config });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** A raw HTTP call (form-encoded body) for what the SDK hides: headers, publishable keys, control API. */
export async function call(
  sandbox: RunningSandbox,
  method: string,
  path: string,
  opts: { key?: string; body?: Record<string, string | number | boolean>; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key) headers.Authorization = `Bearer ${opts.key}`;
  let body: string | undefined;
  if (opts.body) {
    body = new URLSearchParams(Object.entries(opts.body).map(([k, v]) => [k, String(v)])).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  const res = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

/** The control API (`/_sandbox/...`), failing the test on a non-2xx answer. */
export async function control(
  sandbox: RunningSandbox,
  key: string,
  method: string,
  path: string,
  body?: Record<string, string | number | boolean>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const res = await call(sandbox, method, `/_sandbox${path}`, { key, body });
  if (res.status >= 300) throw new Error(`control ${method} ${path} → ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Waits until `n` requests arrived (or throws after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A local webhook receiver; `answer` picks the status for each request (default 200). */
export async function startReceiver(
  answer: (r: Received, index: number) => number | Promise<number> = () => 200,
): Promise<Receiver> {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      const index = received.push(r) - 1;
      waiters.forEach((w) => w());
      const status = await answer(r, index);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    async waitFor(n, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${n} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 20);
        });
      }
      return received;
    },
    async close() {
      running.delete(receiver);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  running.add(receiver);
  return receiver;
}

/** Runs `fn` expecting it to throw; returns the error for assertions. */
export async function rejection<E = Stripe.errors.StripeError>(fn: () => Promise<unknown>): Promise<E> {
  try {
    await fn();
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a rejection');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
