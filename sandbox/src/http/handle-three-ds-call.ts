import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../api/context.js';
import { applyThreeDsOutcome } from '../api/payment-intents/three-d-secure.js';
import { resourceMissing, unrecognizedUrl } from './api-error.js';
import type { FormObject } from './form-body.js';
import { errorOutcome } from './handle-api-call.js';
import { Params } from './params.js';
import { sendJson, toJson } from './respond.js';

/**
 * `GET|POST /v1/sandbox_3ds/<token>` (CONTRACT.md): the challenge page reads the attempt and posts
 * the customer's answer. No key: the unguessable token is the credential.
 */
export async function handleThreeDsCall(
  rt: Runtime,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  params: FormObject,
  requestId: string,
): Promise<void> {
  try {
    const record = rt.store.threeDsTokens.get(token);
    if (!record) throw resourceMissing('3D Secure authentication', token, 'token');
    const account = rt.store.account(record.accountId);
    const pi = account.paymentIntents.get(record.paymentIntentId);
    if (!pi) throw resourceMissing('3D Secure authentication', token, 'token');
    let body: unknown;
    if (req.method === 'GET') {
      body = {
        token,
        payment_intent: pi.id,
        amount: pi.amount,
        currency: pi.currency,
        status: record.status,
        return_url: record.returnUrl,
        client_secret: pi.clientSecret,
      };
    } else if (req.method === 'POST') {
      const p = new Params(params).allowOnly(['outcome']);
      const outcome = p.enumOf('outcome', ['complete', 'fail'] as const, { required: true }) as 'complete' | 'fail';
      const result = applyThreeDsOutcome(rt, account, record, outcome, { requestId: null, idempotencyKey: null });
      body = { redirect_url: result.redirectUrl };
    } else {
      throw unrecognizedUrl(req.method ?? '', `/v1/sandbox_3ds/${token}`);
    }
    sendJson(res, 200, toJson(body), requestId);
  } catch (error) {
    const outcome = errorOutcome(rt, error, requestId);
    sendJson(res, outcome.status, outcome.body, requestId, outcome.headers);
  }
}
