import type { RefundRecord } from '../../state/types.js';

/** The Refund as the API returns it. Card refunds succeed at once. */
export function serializeRefund(re: RefundRecord) {
  return {
    id: re.id,
    object: 'refund' as const,
    amount: re.amount,
    balance_transaction: re.balanceTransactionId ?? null,
    charge: re.chargeId,
    created: re.created,
    currency: re.currency,
    customer: null,
    customer_account: null,
    destination_details: {
      card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
      type: 'card',
    },
    metadata: re.metadata,
    payment_intent: re.paymentIntentId,
    payment_method: re.paymentMethodId,
    reason: re.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}
