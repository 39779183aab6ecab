import type { RefundReason } from '@/lib/payments/refund-reasons';

/** Refund reasons in the merchant's words. */
export const REFUND_REASON_LABELS: Record<RefundReason, string> = {
  requested_by_customer: 'Requested by the customer',
  duplicate: 'Duplicate payment',
  fraudulent: 'Fraudulent payment',
};
