import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from './target-address';
import { resolveTarget, TargetRefused, type ResolvedAddress, type Resolver } from './resolve-target';
import type { TargetSettings } from './target-settings';
import { webhookUrlProblem } from './webhook-url-problem';

export type AttemptOutcome = {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  /** The answer's headers, capped (see headersOf); null when nothing answered. */
  responseHeaders: Record<string, string> | null;
  error: string | null;
  /** When the request was signed and sent: its `webhook-timestamp` (the attempt's recorded time). */
  sentAt?: Date;
};

export type PostOptions = TargetSettings & {
  /** Whole attempt: resolving, connecting, sending and reading the answer's start. */
  timeoutMs: number;
  /** Resolving the host and opening the connection (TLS included). */
  connectTimeoutMs: number;
  resolver?: Resolver;
};

const EXCERPT_BYTES = 1024;
const MAX_HEADERS = 32;
const MAX_HEADER_VALUE = 256;

/**
 * POSTs one signed payload and reports what happened; never throws. Any 2xx counts as delivered; a
 * redirect is not followed. The host is resolved and checked once and the connection pinned to the
 * checked address, so only allowed addresses are ever contacted (and answer excerpts come only from them).
 */
export async function postWebhook(
  url: string,
  payload: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const target = URL.canParse(url) ? new URL(url) : null;
  const problem = target ? webhookUrlProblem(target, options) : 'must be an https URL';
  if (!target || problem)
    return {
      ok: false,
      statusCode: null,
      latencyMs: 0,
      responseExcerpt: null,
      responseHeaders: null,
      error: `refused: the URL ${problem}`,
    };

  const controller = new AbortController();
  const stop = (message: string) => controller.abort(new Error(message));
  const overall = setTimeout(() => stop(`timed out after ${options.timeoutMs} ms`), options.timeoutMs);
  const connecting = setTimeout(
    () => stop(`could not connect within ${options.connectTimeoutMs} ms`),
    options.connectTimeoutMs,
  );
  try {
    const pinned = await untilAborted(resolveTarget(target.hostname, options), controller.signal);
    if (target.protocol === 'http:' && classifyAddress(pinned.address) !== 'local')
      throw new TargetRefused(`refused: http is only for local receivers, and ${target.hostname} is not one`);
    const answer = await send(target, pinned, payload, headers, controller.signal, () => clearTimeout(connecting));
    const ok = answer.status >= 200 && answer.status < 300;
    const redirect = answer.status >= 300 && answer.status < 400;
    const error = ok ? null : `HTTP ${answer.status}${redirect ? ' (redirects are not followed)' : ''}`;
    return {
      ok,
      statusCode: answer.status,
      latencyMs: latency(),
      responseExcerpt: answer.excerpt,
      responseHeaders: answer.headers,
      error,
    };
  } catch (error) {
    const message = controller.signal.aborted ? (controller.signal.reason as Error).message : describe(error);
    return {
      ok: false,
      statusCode: null,
      latencyMs: latency(),
      responseExcerpt: null,
      responseHeaders: null,
      error: message,
    };
  } finally {
    clearTimeout(overall);
    clearTimeout(connecting);
  }
}

type Answer = { status: number; headers: Record<string, string>; excerpt: string | null };

function send(
  url: URL,
  pinned: ResolvedAddress,
  payload: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onConnected: () => void,
): Promise<Answer> {
  // The socket's only DNS answer is the address that was checked. Answering on a later turn, as a
  // real resolver does, lets 'lookup' listeners on the request's socket see it before the connect.
  const lookup: LookupFunction = (_hostname, options, callback) =>
    setImmediate(() => (options.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family)));
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tillpoint-Webhooks/1',
        'content-length': Buffer.byteLength(payload),
        ...headers,
      },
      agent: false,
      lookup,
      signal,
    });
    request.once('socket', (socket) =>
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', onConnected),
    );
    request.once(
      'response',
      (response) =>
        void readExcerpt(response).then(
          (excerpt) => resolve({ status: response.statusCode ?? 0, headers: headersOf(response), excerpt }),
          reject,
        ),
    );
    request.once('error', reject);
    request.end(payload);
  });
}

async function readExcerpt(response: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= EXCERPT_BYTES) break;
  }
  const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
  return text || null;
}

/** The first MAX_HEADERS headers as sent (names lower-cased), each value cut to MAX_HEADER_VALUE characters. */
function headersOf(response: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  const raw = response.rawHeaders;
  for (let i = 0; i < raw.length && Object.keys(headers).length < MAX_HEADERS; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = headers[name] === undefined ? raw[i + 1]! : `${headers[name]}, ${raw[i + 1]}`;
    headers[name] = value.slice(0, MAX_HEADER_VALUE);
  }
  return headers;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

function describe(error: unknown): string {
  if (error instanceof TargetRefused) return error.message;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  return (code ? `${code}: ${message}` : message).slice(0, 500);
}
