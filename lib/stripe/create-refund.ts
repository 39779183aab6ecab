import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

export type CreateRefundOptions = {
  paymentIntentId: string;
  /** Minor units of the payment's currency; never more than what is left to refund. */
  amount: number;
  reason?: Stripe.RefundCreateParams.Reason;
  metadata: Record<string, string>;
};

/** Refunds (part of) a succeeded PaymentIntent's charge (throws Stripe's errors). */
export function createRefund(options: CreateRefundOptions, idempotencyKey: string): Promise<Stripe.Refund> {
  return stripe().refunds.create(
    {
      payment_intent: options.paymentIntentId,
      amount: options.amount,
      ...(options.reason && { reason: options.reason }),
      metadata: options.metadata,
    },
    { idempotencyKey },
  );
}
