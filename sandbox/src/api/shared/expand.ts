import { invalidRequest } from '../../http/api-error.js';
import type { AccountState } from '../../state/store.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import { serializePaymentIntent } from '../payment-intents/serialize-payment-intent.js';
import { serializePaymentMethod } from '../payment-methods/serialize-payment-method.js';
import { serializeRefund } from '../refunds/serialize-refund.js';

type Loader = (account: AccountState, id: string) => unknown;

const loadCharge: Loader = (a, id) => {
  const ch = a.charges.get(id);
  return ch && serializeCharge(ch);
};
const loadPaymentIntent: Loader = (a, id) => {
  const pi = a.paymentIntents.get(id);
  return pi && serializePaymentIntent(pi);
};
const loadPaymentMethod: Loader = (a, id) => {
  const pm = a.paymentMethods.get(id);
  return pm && serializePaymentMethod(pm);
};

/** object type → expandable field → loader of the referenced object. */
const EXPANDABLE: Record<string, Record<string, Loader>> = {
  payment_intent: { latest_charge: loadCharge, payment_method: loadPaymentMethod },
  charge: { payment_intent: loadPaymentIntent },
  refund: { charge: loadCharge, payment_intent: loadPaymentIntent, payment_method: loadPaymentMethod },
};

/**
 * Applies `expand[]` paths (`latest_charge`, `latest_charge.payment_intent`, `data.payment_method`
 * on lists) to a serialized object, in place. Charge `refunds` expands to a list.
 */
export function expandObject(account: AccountState, json: unknown, paths: readonly string[]): unknown {
  for (const path of paths) expandPath(account, json, path.split('.'), path);
  return json;
}

function expandPath(account: AccountState, json: unknown, segments: string[], full: string): void {
  const [head, ...rest] = segments;
  if (!head || typeof json !== 'object' || json === null) return;
  const obj = json as Record<string, unknown>;
  if (obj.object === 'list' && head === 'data' && Array.isArray(obj.data)) {
    for (const item of obj.data) expandPath(account, item, rest, full);
    return;
  }
  if (obj.object === 'charge' && head === 'refunds') {
    obj.refunds = chargeRefunds(account, String(obj.id));
    return;
  }
  const loader = EXPANDABLE[String(obj.object)]?.[head];
  if (!loader) throw invalidRequest(`This property cannot be expanded (${head}).`, { param: 'expand' });
  const value = obj[head];
  if (typeof value === 'string') obj[head] = loader(account, value) ?? value;
  if (rest.length > 0) expandPath(account, obj[head], rest, full);
}

function chargeRefunds(account: AccountState, chargeId: string) {
  const charge = account.charges.get(chargeId);
  const data = (charge?.refundIds ?? [])
    .map((id) => account.refunds.get(id))
    .filter((r) => r !== undefined)
    .reverse()
    .map(serializeRefund);
  return { object: 'list', data, has_more: false, total_count: data.length, url: `/v1/charges/${chargeId}/refunds` };
}
