import 'server-only';
import type Stripe from 'stripe';
import { appEnv } from '@/lib/env/app-env';
import { stripe } from './stripe-client';

/** Verifies a Stripe-Signature header over the raw body; throws when it does not match. */
export function constructWebhookEvent(rawBody: string, signature: string): Stripe.Event {
  return stripe().webhooks.constructEvent(rawBody, signature, appEnv().STRIPE_WEBHOOK_SECRET);
}
