import { resourceMissing } from '../../http/api-error.js';
import type { ApiContext, HandlerResult } from '../context.js';
import { LIST_PARAMS, newestFirst, paginate } from '../shared/list.js';
import { serializeBalanceTransaction } from './serialize-balance-transaction.js';

/** GET /v1/balance_transactions/:id */
export function retrieveBalanceTransaction(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly(['expand']);
  const id = ctx.pathParams[0] as string;
  const bt = ctx.account.balanceTransactions.get(id);
  if (!bt) throw resourceMissing('balance_transaction', id, 'id');
  return { body: serializeBalanceTransaction(bt, ctx.rt.clock.nowSeconds()) };
}

/** GET /v1/balance_transactions (`source`, `type` filters). */
export function listBalanceTransactions(ctx: ApiContext): HandlerResult {
  ctx.params.allowOnly([...LIST_PARAMS, 'source', 'type', 'currency']);
  const source = ctx.params.string('source');
  const type = ctx.params.string('type');
  const currency = ctx.params.string('currency');
  const all = newestFirst(ctx.account.balanceTransactions).filter(
    (bt) =>
      (!source || bt.sourceId === source) && (!type || bt.type === type) && (!currency || bt.currency === currency),
  );
  const list = paginate(all, ctx.params, '/v1/balance_transactions', 'balance_transaction');
  const now = ctx.rt.clock.nowSeconds();
  return { body: { ...list, data: list.data.map((bt) => serializeBalanceTransaction(bt, now)) } };
}
