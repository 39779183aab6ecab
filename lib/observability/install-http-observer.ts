import { randomBytes } from 'node:crypto';
import { Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { logger } from './logger';
import { metrics } from './metrics';
import { routeGroup } from './route-group';

/** The header carrying this server's id for the request (any value a client sent is replaced). */
export const REQUEST_ID_HEADER = 'x-request-id';

const holder = globalThis as typeof globalThis & { tillpointHttpObserver?: boolean };

/**
 * Before Next.js sees a request: gives it a request id (header for route handlers and logs, echoed in
 * the response) and, when the response ends, observes its latency per route group and logs one line
 * for API calls. Paths are logged without their query string (it may carry a client secret).
 */
export function installHttpObserver(): void {
  if (holder.tillpointHttpObserver) return;
  holder.tillpointHttpObserver = true;
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function emitObserved(
    this: unknown,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'request') observe(args[0] as IncomingMessage, args[1] as ServerResponse);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}

function observe(request: IncomingMessage, response: ServerResponse): void {
  const requestId = `req_${randomBytes(8).toString('hex')}`;
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader('X-Request-Id', requestId);
  const path = (request.url ?? '/').split('?')[0]!;
  const group = routeGroup(path);
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    if (String(response.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = `${Math.floor(response.statusCode / 100)}xx`;
    metrics().httpSeconds.observe({ group, method: request.method ?? 'GET', status }, seconds);
    if (path.startsWith('/api/') && group !== 'payment_status')
      logger().info(
        { requestId, method: request.method, path, status: response.statusCode, ms: Math.round(seconds * 1000) },
        'request',
      );
  });
}
