/** Why a payment was refunded, as Stripe records it (optional on every refund). */
export const REFUND_REASONS = ['requested_by_customer', 'duplicate', 'fraudulent'] as const;

export type RefundReason = (typeof REFUND_REASONS)[number];
