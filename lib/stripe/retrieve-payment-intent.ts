import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

/** Reads a PaymentIntent's current truth from Stripe, with its latest charge's card details. */
export function retrievePaymentIntent(paymentIntentId: string): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] });
}
