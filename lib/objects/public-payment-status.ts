import type { PaymentStatus } from '@/lib/generated/prisma/enums';

/** A payment's status as the API, webhooks and dashboard name it: Stripe's `requires_capture` is `authorized`. */
export type PublicPaymentStatus = Exclude<PaymentStatus, 'requires_capture'> | 'authorized';

export const PUBLIC_PAYMENT_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'authorized',
  'succeeded',
  'canceled',
] as const satisfies PublicPaymentStatus[];

export function publicPaymentStatus(status: PaymentStatus): PublicPaymentStatus {
  return status === 'requires_capture' ? 'authorized' : status;
}

export function storedPaymentStatus(status: PublicPaymentStatus): PaymentStatus {
  return status === 'authorized' ? 'requires_capture' : status;
}
