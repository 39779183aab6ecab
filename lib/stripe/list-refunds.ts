import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/** Every refund Stripe holds for a PaymentIntent: the truth that Tillpoint's refund rows converge to. */
export async function listRefunds(paymentIntentId: string): Promise<Stripe.Refund[]> {
  const refunds: Stripe.Refund[] = [];
  for await (const refund of stripe().refunds.list({ payment_intent: paymentIntentId, limit: 100 }))
    refunds.push(refund);
  return refunds;
}
