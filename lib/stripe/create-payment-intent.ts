import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

export type CreatePaymentIntentOptions = {
  amount: number;
  currency: string;
  /** 3-D Secure by redirect (a `return_url` at confirm); otherwise it runs in the page and no redirect is allowed. */
  redirects: boolean;
  /** `manual`: the confirm only authorizes the card; a later capture charges it. */
  captureMethod: 'automatic' | 'manual';
  description?: string;
  metadata: Record<string, string>;
  /** The shipping address the customer gave (`shipping_address_collection`). */
  shipping?: Stripe.PaymentIntentCreateParams.Shipping;
};

/**
 * Creates a manual-confirmation card PaymentIntent, **unconfirmed**: creating it can never charge, so a lost
 * answer costs at most an unused PaymentIntent. Its id is stored before `confirmPaymentIntent` runs.
 */
export function createPaymentIntent(
  options: CreatePaymentIntentOptions,
  idempotencyKey: string,
): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.create(
    {
      amount: options.amount,
      currency: options.currency,
      confirmation_method: 'manual',
      // Left out when automatic, so Stripe's default for the API version (`automatic_async`) applies as before.
      ...(options.captureMethod === 'manual' && { capture_method: 'manual' as const }),
      automatic_payment_methods: { enabled: true, ...(!options.redirects && { allow_redirects: 'never' as const }) },
      ...(options.description && { description: options.description }),
      metadata: options.metadata,
      ...(options.shipping && { shipping: options.shipping }),
    },
    // A create still running at Stripe answers 409 to a retry with the same key: wait longer for its result
    // (the SDK backs off 0.5 s doubling) rather than give the customer an error for a create that worked.
    { idempotencyKey, maxNetworkRetries: 4 },
  );
}
