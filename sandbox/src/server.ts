import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Runtime } from './api/context.js';
import { expireAuthorizations } from './api/payment-intents/expire-authorizations.js';
import { safeDecode } from './api/routes.js';
import { handleBrowserRoute } from './browser/routes.js';
import { resolveOptions, type SandboxOptions } from './config.js';
import { unrecognizedUrl } from './http/api-error.js';
import { parseForm, type FormObject } from './http/form-body.js';
import { errorOutcome, handleApiCall } from './http/handle-api-call.js';
import { handleControlCall } from './http/handle-control-call.js';
import { handleThreeDsCall } from './http/handle-three-ds-call.js';
import { readBody } from './http/read-body.js';
import { CORS_HEADERS, sendJson, toJson } from './http/respond.js';
import { SandboxClock } from './state/clock.js';
import { newRequestId } from './state/ids.js';
import { Persister, restoreState, snapshotState } from './state/persistence.js';
import { Store } from './state/store.js';
import { DeliveryQueue } from './webhooks/delivery-queue.js';
import { emitEvent } from './webhooks/emit-event.js';
import { syncEnvEndpoint } from './webhooks/env-endpoint.js';

export interface RunningSandbox {
  /** Where the API listens, e.g. http://127.0.0.1:12111. */
  url: string;
  port: number;
  publicUrl: string;
  runtime: Runtime;
  /** Resolves once no webhook delivery is queued or in flight (retries scheduled later may remain). */
  webhooksIdle(): Promise<void>;
  close(): Promise<void>;
}

const BROWSER_PREFIXES = ['/v3/', '/elements/', '/3ds/', '/static/'];
const isBrowserPath = (path: string) => path === '/v3' || BROWSER_PREFIXES.some((p) => path.startsWith(p));

async function readParams(req: IncomingMessage, url: URL): Promise<FormObject> {
  const query = parseForm(url.search.slice(1));
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE') return query;
  const text = await readBody(req);
  const json = (req.headers['content-type'] ?? '').includes('application/json');
  const body = json && text.trim() ? (JSON.parse(text) as FormObject) : parseForm(text);
  return { ...query, ...body };
}

/** Starts a sandbox (port 0 picks a free port, for in-process tests). */
export async function startSandbox(input: SandboxOptions = {}): Promise<RunningSandbox> {
  const options = resolveOptions(input);
  const store = new Store();
  const clock = new SandboxClock();
  const queue = new DeliveryQueue(store, clock, options);
  const pending = options.stateFile ? restoreState(options.stateFile, store, clock) : [];
  const server = http.createServer({ keepAliveTimeout: 30_000 });
  const rt: Runtime = {
    options,
    store,
    clock,
    publicUrl: '',
    webhooks: queue,
    emitEvent: (account, origin, type, object, opts) => emitEvent(queue, clock, account, origin, type, object, opts),
  };
  store.onAccountCreated((account) => syncEnvEndpoint(account, options, clock.nowSeconds()));
  clock.onAdvance(() => {
    for (const account of store.accounts.values()) expireAuthorizations(rt, account);
    store.changed();
  });
  for (const account of store.accounts.values()) syncEnvEndpoint(account, options, clock.nowSeconds());
  queue.restore(pending);
  const persister = options.stateFile
    ? new Persister(
        options.stateFile,
        options.persistDebounceMs,
        () => snapshotState(store, clock, queue.pendingJobs()),
        options.log,
      )
    : null;
  if (persister) store.onChange(() => persister.schedule());

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(rt, req, res).catch((error: unknown) => {
      const requestId = newRequestId();
      const outcome = errorOutcome(rt, error, requestId);
      sendJson(res, outcome.status, outcome.body, requestId, outcome.headers);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  rt.publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');
  let closing: Promise<void> | null = null;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    publicUrl: rt.publicUrl,
    runtime: rt,
    webhooksIdle: () => queue.whenIdle(),
    close() {
      closing ??= (async () => {
        queue.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await persister?.close();
      })();
      return closing;
    },
  };
}

async function route(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const path = url.pathname;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...CORS_HEADERS, 'Request-Id': requestId });
    res.end();
    return;
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && isBrowserPath(path)) {
    if (await handleBrowserRoute(req, res, url, { publicUrl: rt.publicUrl })) return;
  }
  if (path === '/health' && req.method === 'GET') {
    sendJson(
      res,
      200,
      toJson({ status: 'ok', now: rt.clock.nowSeconds(), accounts: rt.store.accounts.size }),
      requestId,
    );
    return;
  }
  let params: FormObject;
  try {
    params = await readParams(req, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreadable body';
    sendJson(
      res,
      400,
      toJson({ error: { message: `Invalid request body: ${message}`, type: 'invalid_request_error' } }),
      requestId,
    );
    return;
  }
  const threeDs = /^\/v1\/sandbox_3ds\/([^/]+)$/.exec(path);
  if (threeDs) return handleThreeDsCall(rt, req, res, safeDecode(threeDs[1] as string), params, requestId);
  if (path.startsWith('/_sandbox/')) return handleControlCall(rt, req, res, path, params, requestId);
  if (path.startsWith('/v1/')) return handleApiCall(rt, req, res, path, params, requestId);
  const outcome = errorOutcome(rt, unrecognizedUrl(req.method ?? 'GET', path), requestId);
  sendJson(res, outcome.status, outcome.body, requestId);
}
