import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/**
 * The refund Stripe holds for one of Tillpoint's refunds (matched on `metadata.tillpoint_refund_id`), or
 * null. Used after an error that leaves unknown whether Stripe made the refund.
 */
export async function findRefund(paymentIntentId: string, tillpointRefundId: string): Promise<Stripe.Refund | null> {
  for await (const refund of stripe().refunds.list({ payment_intent: paymentIntentId, limit: 100 })) {
    if (refund.metadata?.tillpoint_refund_id === tillpointRefundId) return refund;
  }
  return null;
}
