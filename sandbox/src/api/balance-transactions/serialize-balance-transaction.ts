import type { BalanceTransactionRecord } from '../../state/types.js';

/** The BalanceTransaction as the API returns it; `status` follows the sandbox clock. */
export function serializeBalanceTransaction(bt: BalanceTransactionRecord, nowSeconds: number) {
  return {
    id: bt.id,
    object: 'balance_transaction' as const,
    amount: bt.amount,
    available_on: bt.availableOn,
    balance_type: 'payments' as const,
    created: bt.created,
    currency: bt.currency,
    description: bt.type === 'charge' ? 'Payment' : 'REFUND FOR CHARGE',
    exchange_rate: null,
    fee: bt.fee,
    fee_details:
      bt.fee === 0
        ? []
        : [
            {
              amount: bt.fee,
              application: null,
              currency: bt.currency,
              description: 'Stripe processing fees',
              type: 'stripe_fee',
            },
          ],
    net: bt.amount - bt.fee,
    reporting_category: bt.type,
    source: bt.sourceId,
    status: bt.availableOn <= nowSeconds ? ('available' as const) : ('pending' as const),
    type: bt.type,
  };
}
