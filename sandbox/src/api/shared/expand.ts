import { invalidRequest } from '../../http/api-error.js';
import type { AccountState } from '../../state/store.js';
import type { ApiContext } from '../context.js';
import { serializeBalanceTransaction } from '../balance-transactions/serialize-balance-transaction.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import { serializePaymentIntent } from '../payment-intents/serialize-payment-intent.js';
import { serializePaymentMethod } from '../payment-methods/serialize-payment-method.js';
import { serializeRefund } from '../refunds/serialize-refund.js';

type Loader = (account: AccountState, id: string, nowSeconds: number) => unknown;

const loadCharge: Loader = (a, id) => {
  const ch = a.charges.get(id);
  return ch && serializeCharge(ch);
};
const loadPaymentIntent: Loader = (a, id) => {
  const pi = a.paymentIntents.get(id);
  return pi && serializePaymentIntent(pi);
};
const loadBalanceTransaction: Loader = (a, id, now) => {
  const bt = a.balanceTransactions.get(id);
  return bt && serializeBalanceTransaction(bt, now);
};
const loadPaymentMethod: Loader = (a, id) => {
  const pm = a.paymentMethods.get(id);
  return pm && serializePaymentMethod(pm);
};

/** object type → expandable field → loader of the referenced object. */
const EXPANDABLE: Record<string, Record<string, Loader>> = {
  payment_intent: { latest_charge: loadCharge, payment_method: loadPaymentMethod },
  charge: { payment_intent: loadPaymentIntent, balance_transaction: loadBalanceTransaction },
  refund: {
    charge: loadCharge,
    payment_intent: loadPaymentIntent,
    payment_method: loadPaymentMethod,
    balance_transaction: loadBalanceTransaction,
  },
  confirmation_token: { payment_intent: loadPaymentIntent },
};

/**
 * Applies `expand[]` paths (`latest_charge`, `latest_charge.payment_intent`, `data.payment_method`
 * on lists) to a serialized object, in place. Charge `refunds` expands to a list.
 */
export function expandObject(
  ctx: Pick<ApiContext, 'account' | 'rt'>,
  json: unknown,
  paths: readonly string[],
): unknown {
  const now = ctx.rt.clock.nowSeconds();
  for (const path of paths) expandPath(ctx.account, json, path.split('.'), now);
  return json;
}

function expandPath(account: AccountState, json: unknown, segments: string[], now: number): void {
  const [head, ...rest] = segments;
  if (!head || typeof json !== 'object' || json === null) return;
  const obj = json as Record<string, unknown>;
  if (obj.object === 'list' && head === 'data' && Array.isArray(obj.data)) {
    for (const item of obj.data) expandPath(account, item, rest, now);
    return;
  }
  if (obj.object === 'charge' && head === 'refunds') {
    obj.refunds = chargeRefunds(account, String(obj.id));
    return;
  }
  const loader = EXPANDABLE[String(obj.object)]?.[head];
  if (!loader) throw invalidRequest(`This property cannot be expanded (${head}).`, { param: 'expand' });
  const value = obj[head];
  if (typeof value === 'string') obj[head] = loader(account, value, now) ?? value;
  if (rest.length > 0) expandPath(account, obj[head], rest, now);
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
