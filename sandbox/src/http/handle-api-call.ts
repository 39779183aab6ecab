import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiContext, HandlerResult, Runtime } from '../api/context.js';
import { API_ROUTES, matchRoute, type Route } from '../api/routes.js';
import type { AccountState } from '../state/store.js';
import { takeApiFault, type ApiFault } from '../control/faults.js';
import { claimIdempotencyKey, fingerprint, pruneIdempotencyKeys, settleIdempotencyKey } from '../state/idempotency.js';
import { ApiError, authenticationError, unrecognizedUrl } from './api-error.js';
import { readApiVersion } from './api-versions.js';
import { authenticate, PUBLISHABLE_NOT_ALLOWED, type Credentials } from './authenticate.js';
import type { FormObject } from './form-body.js';
import { Params } from './params.js';
import { sendJson, toJson } from './respond.js';

interface Outcome {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** An ApiError, or any unexpected throw (a sandbox bug → 500, logged), as a response. */
export function errorOutcome(rt: Runtime, error: unknown, requestId: string): Outcome {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: toJson(error.toBody(requestId, rt.clock.nowSeconds())),
      headers: error.extras.headers ?? {},
    };
  }
  rt.options.log(`[sandbox] internal error on ${requestId}: ${error instanceof Error ? error.stack : String(error)}`);
  const apiError = new ApiError(500, 'api_error', 'An unexpected error occurred in the Stripe sandbox.');
  return { status: 500, body: toJson(apiError.toBody(requestId, rt.clock.nowSeconds())), headers: {} };
}

const RATE_LIMITED = 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.';

function faultOutcome(rt: Runtime, fault: ApiFault, requestId: string): Outcome {
  const error =
    fault.status === 429
      ? new ApiError(429, 'invalid_request_error', RATE_LIMITED, { code: 'rate_limit' })
      : new ApiError(
          fault.status,
          'api_error',
          `Simulated ${fault.status} error (sandbox fault injection, when=${fault.when}).`,
        );
  const outcome = errorOutcome(rt, error, requestId);
  if (fault.when === 'after') outcome.headers['Stripe-Should-Retry'] = 'false';
  return outcome;
}

/** Responses Stripe stores under an idempotency key: the endpoint ran (2xx, 402) or failed inside (5xx). */
const storable = (status: number) => (status >= 200 && status < 300) || status === 402 || status >= 500;

/**
 * One authenticated `/v1` call: auth → route → idempotency → injected faults → handler → store.
 * Handlers are synchronous; only an injected hang makes a call wait (holding its idempotency key).
 */
export async function handleApiCall(
  rt: Runtime,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: FormObject,
  requestId: string,
): Promise<void> {
  const method = req.method ?? 'GET';
  const headerKey = req.headers['idempotency-key'];
  const key = method === 'POST' && typeof headerKey === 'string' && headerKey !== '' ? headerKey : null;
  const callHeaders: Record<string, string> = key ? { 'Idempotency-Key': key, 'Original-Request': requestId } : {};
  let apiVersion: string;
  let account: AccountState;
  let match: NonNullable<ReturnType<typeof matchRoute<Route>>>;
  let mode: Credentials['mode'];
  const startedMs = rt.clock.nowMs();
  const print = fingerprint(params);
  try {
    const credentials = authenticate(req.headers, params);
    mode = credentials.mode;
    apiVersion = readApiVersion(req.headers['stripe-version']);
    callHeaders['Stripe-Version'] = apiVersion;
    const found = matchRoute(API_ROUTES, method, path);
    if (!found) throw unrecognizedUrl(method, path);
    match = found;
    if (mode === 'publishable' && !match.route.publishable) throw authenticationError(PUBLISHABLE_NOT_ALLOWED);
    account = rt.store.account(credentials.accountId);
    if (key) {
      pruneIdempotencyKeys(account, startedMs);
      const check = claimIdempotencyKey(account, key, method, path, print, startedMs);
      if (check.kind === 'replay') {
        const { stored } = check;
        sendJson(res, stored.status, stored.body, requestId, {
          ...stored.headers,
          'Stripe-Version': apiVersion,
          'Idempotency-Key': key,
          'Original-Request': stored.requestId,
          'Idempotent-Replayed': 'true',
        });
        return;
      }
    }
  } catch (error) {
    const outcome = errorOutcome(rt, error, requestId);
    sendJson(res, outcome.status, outcome.body, requestId, { ...callHeaders, ...outcome.headers });
    return;
  }
  const fault = takeApiFault(account.faults, method, path);
  if (fault?.kind === 'hang') await sleep(fault.ms);
  let outcome: Outcome;
  if (fault?.kind === 'fail' && fault.when === 'before') {
    outcome = faultOutcome(rt, fault, requestId);
  } else {
    const ctx: ApiContext = {
      rt,
      account,
      keyMode: mode,
      params: new Params(params),
      method,
      path,
      pathParams: match.params,
      requestId,
      idempotencyKey: key,
      apiVersion,
    };
    outcome = runHandler(rt, match.route.handler, ctx);
    if (fault?.kind === 'fail') outcome = faultOutcome(rt, fault, requestId);
  }
  if (key) {
    const keep = storable(outcome.status) && !(fault?.kind === 'fail' && fault.when === 'before');
    const { status, body, headers } = outcome;
    const stored = { method, path, fingerprint: print, status, body, headers, requestId, createdAt: startedMs };
    settleIdempotencyKey(account, key, keep ? stored : null);
    rt.store.changed();
  }
  sendJson(res, outcome.status, outcome.body, requestId, { ...callHeaders, ...outcome.headers });
}

function runHandler(rt: Runtime, handler: (ctx: ApiContext) => HandlerResult, ctx: ApiContext): Outcome {
  try {
    const result = handler(ctx);
    return { status: result.status ?? 200, body: toJson(result.body), headers: {} };
  } catch (error) {
    return errorOutcome(rt, error, ctx.requestId);
  }
}
