import type Stripe from 'stripe';
import type { PaymentStatus } from '@/lib/payments/payment-state';

/** What the checkout page does next after a server action. One discriminated union for every flow. */
export type PaymentStep =
  /** 3DS in the page's modal: call `stripe.handleCardAction(clientSecret)`, then the confirm action. */
  | { kind: 'requires_action'; paymentId: string; clientSecret: string }
  /** 3DS by redirect: send the browser to the bank's page; it comes back to /return. */
  | { kind: 'redirect'; paymentId: string; url: string }
  /** Stripe accepted it; wait on /return for the webhook-backed outcome. */
  | { kind: 'processing'; paymentId: string; returnUrl: string }
  /** This card did not work; the customer can try another. */
  | {
      kind: 'failed';
      paymentId: string | null;
      code: string;
      message: string;
      /** The issuer's reason for a `card_declined`, for the customer's sentence in their language. */
      declineCode?: string | null;
      /** For `rate_limited`: how long the customer waits before trying again. */
      retryAfterSeconds?: number;
      /** For `invalid_details`: what is wrong with each of the checkout's own fields (a `details.errors` key). */
      fieldErrors?: Record<string, string>;
    }
  /**
   * The checkout cannot take a payment now (expired, already paid, unknown, busy, or its payment link
   * was deactivated or has every place under its limit taken: the message is the link's inactive message;
   * or its discount no longer applies: the page reloads and says why beside the code).
   */
  | {
      kind: 'unavailable';
      reason: 'expired' | 'complete' | 'not_found' | 'busy' | 'link_unavailable' | 'discount_unavailable';
      message: string;
      returnUrl?: string;
    };

export function returnUrlFor(publicUrl: string, paymentId: string): string {
  return `${publicUrl}/return?payment=${encodeURIComponent(paymentId)}`;
}

/**
 * The `return_url` of a session's 3-D Secure redirect: the hosted return page, or for an embedded
 * checkout (where the bank's page runs in a frame inside the checkout frame) the embed's own return
 * page, which hands over to the checkout frame. Undefined when 3-D Secure shows in the modal.
 */
export function challengeReturnUrl(
  publicUrl: string,
  session: { id: string; threeDSecureUi: string; uiMode: string },
  paymentId: string,
): string | undefined {
  if (session.threeDSecureUi !== 'redirect') return undefined;
  if (session.uiMode === 'embedded')
    return `${publicUrl}/embed/${session.id}/complete?payment=${encodeURIComponent(paymentId)}`;
  return returnUrlFor(publicUrl, paymentId);
}

/** Translates the converged status and the PaymentIntent into the page's next step. */
export function stepFor(
  payment: {
    id: string;
    status: PaymentStatus;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
    lastDeclineCode?: string | null;
  },
  intent: Stripe.PaymentIntent,
  publicUrl: string,
): PaymentStep {
  switch (payment.status) {
    case 'requires_action': {
      const redirect = intent.next_action?.redirect_to_url?.url;
      if (redirect) return { kind: 'redirect', paymentId: payment.id, url: redirect };
      return { kind: 'requires_action', paymentId: payment.id, clientSecret: intent.client_secret ?? '' };
    }
    case 'requires_payment_method':
      return {
        kind: 'failed',
        paymentId: payment.id,
        code: payment.lastErrorCode ?? 'payment_failed',
        declineCode: payment.lastDeclineCode ?? null,
        message: payment.lastErrorMessage ?? 'Your payment could not be completed. Try another card.',
      };
    case 'canceled':
      return { kind: 'unavailable', reason: 'expired', message: 'This checkout has expired.' };
    default:
      return { kind: 'processing', paymentId: payment.id, returnUrl: returnUrlFor(publicUrl, payment.id) };
  }
}
