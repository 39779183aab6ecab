import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../api/context.js';
import { matchRoute } from '../api/routes.js';
import { CONTROL_ROUTES } from '../control/control-routes.js';
import { authenticationError, unrecognizedUrl } from './api-error.js';
import { authenticate } from './authenticate.js';
import type { FormObject } from './form-body.js';
import { errorOutcome } from './handle-api-call.js';
import { Params } from './params.js';
import { sendJson, toJson } from './respond.js';

/** `/_sandbox/...` control API (README): secret key only; never subject to injected faults. */
export async function handleControlCall(
  rt: Runtime,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: FormObject,
  requestId: string,
): Promise<void> {
  try {
    const credentials = authenticate(req.headers, params);
    if (credentials.mode !== 'secret')
      throw authenticationError('The sandbox control API needs a secret key (sk_test_...).');
    const match = matchRoute(CONTROL_ROUTES, req.method ?? 'GET', path);
    if (!match) throw unrecognizedUrl(req.method ?? 'GET', path);
    const account = rt.store.account(credentials.accountId);
    const result = await match.route.handler({
      rt,
      account,
      params: new Params(params),
      pathParams: match.params,
      requestId,
    });
    rt.store.changed();
    sendJson(res, result.status ?? 200, toJson(result.body), requestId);
  } catch (error) {
    const outcome = errorOutcome(rt, error, requestId);
    sendJson(res, outcome.status, outcome.body, requestId, outcome.headers);
  }
}
