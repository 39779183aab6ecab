import type { HandlerResult, Runtime } from '../api/context.js';
import { applyThreeDsOutcome } from '../api/payment-intents/three-d-secure.js';
import { serializePaymentIntent } from '../api/payment-intents/serialize-payment-intent.js';
import { invalidRequest, resourceMissing, unexpectedState } from '../http/api-error.js';
import type { Params } from '../http/params.js';
import type { AccountState } from '../state/store.js';
import { noFaults, type ApiFault } from './faults.js';

export interface ControlContext {
  rt: Runtime;
  account: AccountState;
  params: Params;
  pathParams: string[];
  requestId: string;
}

type ControlHandler = (c: ControlContext) => HandlerResult | Promise<HandlerResult>;

const FAIL_STATUSES = [429, 500, 502, 503, 504];

function scopeOf(p: Params): Pick<ApiFault, 'path' | 'method'> {
  const method = p.enumOf('method', ['GET', 'POST', 'DELETE'] as const) ?? null;
  return { path: p.string('path') ?? null, method };
}

function count(p: Params): number {
  const n = p.integer('count') ?? 1;
  if (n < 1 || n > 1000) throw invalidRequest('count must be between 1 and 1000', { param: 'count' });
  return n;
}

const getFaults: ControlHandler = ({ account }) => ({ body: account.faults });

const clearFaults: ControlHandler = ({ account }) => {
  account.faults = noFaults();
  return { body: account.faults };
};

const setWebhookFaults: ControlHandler = ({ account, params: p }) => {
  p.allowOnly(['delay_ms', 'delay_jitter_ms', 'duplicates', 'shuffle_window', 'drop_rate']);
  const w = account.faults.webhook;
  const delay = p.integer('delay_ms');
  const jitter = p.integer('delay_jitter_ms');
  const duplicates = p.integer('duplicates');
  const shuffle = p.integer('shuffle_window');
  const dropText = p.string('drop_rate');
  const drop = dropText == null ? dropText : Number(dropText);
  if (drop != null && !(drop >= 0 && drop <= 1))
    throw invalidRequest('drop_rate must be between 0 and 1', { param: 'drop_rate' });
  if (delay !== undefined) w.delayMs = Math.max(0, delay ?? 0);
  if (jitter !== undefined) w.delayJitterMs = Math.max(0, jitter ?? 0);
  if (duplicates !== undefined) w.duplicates = Math.min(10, Math.max(1, duplicates ?? 1));
  if (shuffle !== undefined) w.shuffleWindow = Math.min(100, Math.max(0, shuffle ?? 0));
  if (drop !== undefined) w.dropRate = drop ?? 0;
  return { body: account.faults };
};

const failNext: ControlHandler = ({ account, params: p }) => {
  p.allowOnly(['count', 'status', 'when', 'path', 'method']);
  const status = p.integer('status') ?? 500;
  if (!FAIL_STATUSES.includes(status))
    throw invalidRequest(`status must be one of ${FAIL_STATUSES.join(', ')}`, { param: 'status' });
  const when = p.enumOf('when', ['before', 'after'] as const) ?? 'before';
  account.faults.api.push({ kind: 'fail', remaining: count(p), status, when, ms: 0, ...scopeOf(p) });
  return { body: account.faults };
};

const hangNext: ControlHandler = ({ account, params: p }) => {
  p.allowOnly(['count', 'ms', 'path', 'method']);
  const ms = p.integer('ms', { required: true }) as number;
  if (ms < 1 || ms > 600_000) throw invalidRequest('ms must be between 1 and 600000', { param: 'ms' });
  account.faults.api.push({ kind: 'hang', remaining: count(p), status: 0, when: 'before', ms, ...scopeOf(p) });
  return { body: account.faults };
};

const decideThreeDSecure: ControlHandler = ({ rt, account, params: p, pathParams }) => {
  p.allowOnly(['outcome']);
  const outcome = p.enumOf('outcome', ['complete', 'fail'] as const, { required: true }) as 'complete' | 'fail';
  const id = pathParams[0] as string;
  const pi = account.paymentIntents.get(id);
  if (!pi) throw resourceMissing('payment_intent', id, 'intent');
  const token = pi.authentication?.status === 'pending' ? pi.authentication.token : null;
  const record = token ? rt.store.threeDsTokens.get(token) : undefined;
  if (!record)
    throw unexpectedState(`PaymentIntent ${id} has no pending 3D Secure authentication (status ${pi.status}).`);
  const result = applyThreeDsOutcome(rt, account, record, outcome, { requestId: null, idempotencyKey: null });
  return { body: { redirect_url: result.redirectUrl, payment_intent: serializePaymentIntent(result.paymentIntent) } };
};

const clockNow = (rt: Runtime) => ({ now: rt.clock.nowSeconds(), offset_seconds: rt.clock.offsetMs / 1000 });

const getClock: ControlHandler = ({ rt }) => ({ body: clockNow(rt) });

const advanceClock: ControlHandler = ({ rt, params: p }) => {
  p.allowOnly(['seconds']);
  const seconds = p.integer('seconds', { required: true }) as number;
  if (seconds < 0) throw invalidRequest('The sandbox clock only moves forward.', { param: 'seconds' });
  rt.clock.advance(seconds);
  return { body: clockNow(rt) };
};

const reset: ControlHandler = ({ rt, account, params: p }) => {
  p.allowOnly(['scope']);
  const all = (p.enumOf('scope', ['account', 'all'] as const) ?? 'account') === 'all';
  rt.webhooks.dropAccount(all ? null : account.id);
  rt.store.reset(all ? null : account.id);
  if (all) rt.clock.offsetMs = 0;
  return { body: { reset: all ? 'all' : account.id } };
};

const listDeliveries: ControlHandler = ({ account, params: p }) => {
  p.allowOnly(['event_id', 'event_type', 'limit']);
  const eventId = p.string('event_id');
  const type = p.string('event_type');
  const limit = p.integer('limit') ?? 1000;
  const data = account.deliveries.filter(
    (d) => (!eventId || d.event_id === eventId) && (!type || d.event_type === type),
  );
  return { body: { object: 'list', data: data.slice(-limit), has_more: data.length > limit } };
};

const webhookStatus: ControlHandler = async ({ rt, params: p }) => {
  p.allowOnly(['wait_ms']);
  const waitMs = p.integer('wait_ms') ?? 0;
  if (waitMs > 0) {
    await Promise.race([
      rt.webhooks.whenIdle(),
      new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, 60_000))),
    ]);
  }
  return { body: rt.webhooks.status() };
};

export const CONTROL_ROUTES: Array<{ method: string; segments: string[]; handler: ControlHandler }> = [
  ['GET', '/_sandbox/faults', getFaults],
  ['DELETE', '/_sandbox/faults', clearFaults],
  ['POST', '/_sandbox/faults/webhooks', setWebhookFaults],
  ['POST', '/_sandbox/faults/fail', failNext],
  ['POST', '/_sandbox/faults/hang', hangNext],
  ['POST', '/_sandbox/payment_intents/:id/three_d_secure', decideThreeDSecure],
  ['GET', '/_sandbox/clock', getClock],
  ['POST', '/_sandbox/clock/advance', advanceClock],
  ['POST', '/_sandbox/reset', reset],
  ['GET', '/_sandbox/webhooks/deliveries', listDeliveries],
  ['GET', '/_sandbox/webhooks/status', webhookStatus],
].map(([method, pattern, handler]) => ({
  method: method as string,
  segments: (pattern as string).split('/').filter(Boolean),
  handler: handler as ControlHandler,
}));
