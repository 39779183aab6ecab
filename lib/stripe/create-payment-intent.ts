import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

export type CreatePaymentIntentOptions = {
  amount: number;
  currency: string;
  paymentMethodId: string;
  /** Set for the redirect 3DS flow; without it Stripe answers with `use_stripe_sdk` for the modal. */
  returnUrl?: string;
  receiptEmail?: string;
  description?: string;
  metadata: Record<string, string>;
};

/** Creates and confirms a manual-confirmation PaymentIntent in one call (throws Stripe's errors). */
export function createPaymentIntent(options: CreatePaymentIntentOptions, idempotencyKey: string): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.create(
    {
      amount: options.amount,
      currency: options.currency,
      payment_method: options.paymentMethodId,
      confirmation_method: 'manual',
      confirm: true,
      // Without a return_url the card's 3DS runs in the page (use_stripe_sdk), so no redirect methods.
      ...(options.returnUrl
        ? { return_url: options.returnUrl }
        : { use_stripe_sdk: true, automatic_payment_methods: { enabled: true, allow_redirects: 'never' as const } }),
      ...(options.receiptEmail && { receipt_email: options.receiptEmail }),
      ...(options.description && { description: options.description }),
      metadata: options.metadata,
    },
    { idempotencyKey },
  );
}
