import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

export type ConfirmPaymentIntentOptions = {
  /** A new card for a retry; omitted for the re-confirm after the customer's authentication. */
  paymentMethodId?: string;
  returnUrl?: string;
};

/** Confirms a manual-confirmation PaymentIntent server-side (throws Stripe's errors). */
export function confirmPaymentIntent(
  paymentIntentId: string,
  options: ConfirmPaymentIntentOptions,
  idempotencyKey: string,
): Promise<Stripe.PaymentIntent> {
  return stripe().paymentIntents.confirm(
    paymentIntentId,
    {
      ...(options.paymentMethodId && { payment_method: options.paymentMethodId }),
      ...(options.returnUrl ? { return_url: options.returnUrl } : { use_stripe_sdk: true }),
    },
    { idempotencyKey },
  );
}
