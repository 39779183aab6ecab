import { findTestCardByKey } from '../../cards.js';
import { newId } from '../../state/ids.js';
import type { BalanceTransactionRecord, ChargeRecord, RefundRecord } from '../../state/types.js';
import { serializeCharge } from '../charges/serialize-charge.js';
import type { Scope } from '../payment-intents/record-failure.js';

/** Sandbox policy: test payments cost no fee, and charge funds become available two days later. */
export const TEST_FEE = 0;
const PENDING_SECONDS = 2 * 24 * 60 * 60;

function store(scope: Scope, record: Omit<BalanceTransactionRecord, 'id'>): BalanceTransactionRecord {
  const bt = { id: newId('txn'), ...record };
  scope.account.balanceTransactions.set(bt.id, bt);
  return bt;
}

/**
 * Records a captured charge in the balance and announces it with `charge.updated`, as Stripe does after
 * `charge.succeeded` / `charge.captured` (the charge first appears without its balance transaction).
 */
export function recordChargeBalance(scope: Scope, charge: ChargeRecord): void {
  const now = scope.rt.clock.nowSeconds();
  const bypass = charge.card.testCard ? findTestCardByKey(charge.card.testCard)?.bypassPending : false;
  const bt = store(scope, {
    created: now,
    availableOn: bypass ? now : now + PENDING_SECONDS,
    amount: charge.amountCaptured,
    fee: TEST_FEE,
    currency: charge.currency,
    type: 'charge',
    sourceId: charge.id,
  });
  charge.balanceTransactionId = bt.id;
  scope.rt.emitEvent(scope.account, scope.origin, 'charge.updated', serializeCharge(charge), {
    previousAttributes: { balance_transaction: null },
  });
}

/** Records a refund in the balance: the money leaves at once. */
export function recordRefundBalance(scope: Scope, refund: RefundRecord): void {
  const now = scope.rt.clock.nowSeconds();
  const bt = store(scope, {
    created: now,
    availableOn: now,
    amount: -refund.amount,
    fee: 0,
    currency: refund.currency,
    type: 'refund',
    sourceId: refund.id,
  });
  refund.balanceTransactionId = bt.id;
}
