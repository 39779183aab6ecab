import 'server-only';
import type Stripe from 'stripe';
import { stripe } from './stripe-client';

export type ConfirmPaymentIntentOptions = {
  /** The card of a new attempt; omitted for the re-confirm after the customer's authentication. */
  paymentMethodId?: string;
  /** Set for the redirect 3DS flow; without it Stripe answers with `use_stripe_sdk` for the modal. */
  returnUrl?: string;
  receiptEmail?: string;
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
      ...(options.receiptEmail && { receipt_email: options.receiptEmail }),
      ...(options.returnUrl ? { return_url: options.returnUrl } : { use_stripe_sdk: true }),
    },
    { idempotencyKey },
  );
}
