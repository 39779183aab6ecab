import { logger } from '@/lib/observability/logger';
import { ZodError } from 'zod';
import { db } from '@/lib/db/db';
import { clientIp } from '@/lib/http/client-ip';
import { isObjectId, OBJECT_NAMES, printableId, type ObjectKind } from '@/lib/ids/object-ids';
import { DomainError } from '@/lib/core/domain-error';
import { zodToDomainError } from '@/lib/core/zod-to-domain-error';
import { ApiError, apiError, notFound, toApiError as fromDomainError } from './api-error';
import { apiRateLimits } from './api-rate-limits';
import { authenticateApiKey, presentedKeyHash, type MerchantSettings } from './authenticate-api-key';
import { idempotencyRequestHash } from './idempotency-hash';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from './idempotency-store';
import { parseJsonBody, readRequestBody } from './read-request-body';
import { redactSecret } from './redact-secret';

export { ApiError } from './api-error';

/** What a handler gets: the request (its body still readable), the authenticated merchant and key, the route params and the parsed JSON body (`{}` when empty or not a POST). */
export type ApiContext = {
  request: Request;
  merchantId: string;
  /** The merchant's settings as read with the key, for handlers that check against them. */
  merchant: MerchantSettings;
  apiKeyId: string;
  params: Record<string, string>;
  body: unknown;
};

type Handler = (ctx: ApiContext) => Promise<Response | unknown>;
type RouteContext = { params: Promise<Record<string, string>> };

type RouteOptions = {
  status?: number;
  /** The kind of object each path parameter names; an id of another shape is a 404 before any query. */
  ids?: Record<string, ObjectKind>;
  /** The response field holding a secret shown once: the stored idempotent response (and so a replay) has it as null. */
  secretField?: string;
};

/** Wraps an /api/v1 handler: auth (Bearer sk_test_...), rate limit, path ids, Idempotency-Key for POST, JSON errors. */
export function apiRoute(handler: Handler, options: RouteOptions = {}) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    let idempotency: { merchantId: string; key: string } | null = null;
    try {
      const limits = apiRateLimits();
      // Both limits are checked before the database is touched, so a flood costs little.
      limitOrThrow(await limits.perIp.take(`ip:${clientIp(request.headers)}`));
      const keyHash = presentedKeyHash(request.headers.get('authorization'));
      limitOrThrow(await limits.perKey.take(`key:${keyHash}`));
      const { merchantId, apiKeyId, merchant } = await authenticateApiKey(db(), keyHash);
      const params = (await context.params) ?? {};
      for (const [name, kind] of Object.entries(options.ids ?? {})) {
        if (!isObjectId(kind, params[name])) throw notFound(OBJECT_NAMES[kind], printableId(params[name] ?? ''));
      }

      const isPost = request.method === 'POST';
      const text = isPost ? await readRequestBody(request) : '';
      const body = isPost ? parseJsonBody(text, request.headers.get('content-type')) : {};
      const key = isPost ? request.headers.get('idempotency-key') : null;
      if (key !== null) {
        const path = new URL(request.url).pathname;
        const requestHash = idempotencyRequestHash(request.method, path, body);
        const outcome = await claimIdempotencyKey(db(), { merchantId, key, method: request.method, path, requestHash });
        if (outcome.kind === 'replay')
          return Response.json(outcome.body, { status: outcome.status, headers: { 'Idempotent-Replayed': 'true' } });
        idempotency = { merchantId, key };
      }

      const handlerRequest = isPost
        ? new Request(request.url, { method: request.method, headers: request.headers, body: text })
        : request;
      const result = await handler({ request: handlerRequest, merchantId, merchant, apiKeyId, params, body });
      const response = result instanceof Response ? result : Response.json(result, { status: options.status ?? 200 });
      if (idempotency) {
        if (response.status >= 500) await releaseIdempotencyKey(db(), idempotency.merchantId, idempotency.key);
        else
          await completeIdempotencyKey(
            db(),
            idempotency.merchantId,
            idempotency.key,
            response.status,
            redactSecret(result instanceof Response ? await jsonOf(response) : result, options.secretField),
          );
      }
      return response;
    } catch (error) {
      const apiErr = toApiError(error, request);
      if (idempotency) {
        // Invalid parameters and server errors keep no result (as at Stripe): a corrected retry runs again.
        if (apiErr.status >= 500 || error instanceof ZodError)
          await releaseIdempotencyKey(db(), idempotency.merchantId, idempotency.key).catch(() => {});
        else
          await completeIdempotencyKey(
            db(),
            idempotency.merchantId,
            idempotency.key,
            apiErr.status,
            apiErr.toJSON(),
          ).catch(() => {});
      }
      return Response.json(apiErr.toJSON(), { status: apiErr.status, headers: apiErr.headers });
    }
  };
}

function limitOrThrow(result: { allowed: true } | { allowed: false; retryAfterSeconds: number }): void {
  if (result.allowed) return;
  throw apiError('rate_limited', `Too many requests. Retry after ${result.retryAfterSeconds} seconds.`, undefined, {
    'Retry-After': String(result.retryAfterSeconds),
  });
}

async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toApiError(error: unknown, request: Request): ApiError {
  if (error instanceof DomainError) return fromDomainError(error);
  if (error instanceof ZodError) return fromDomainError(zodToDomainError(error));
  // Logged without headers or body: they may hold the secret key.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger().error(
    {
      requestId: request.headers.get('x-request-id'),
      method: request.method,
      path: new URL(request.url).pathname,
      err: detail,
    },
    'api request failed',
  );
  return apiError('internal_error', 'An unexpected error occurred. Retry later.');
}
