/** What the embedded checkout is told while the form works: the embed protocol's payment events. */
export type PaymentFormEvent =
  { type: 'processing' } | { type: 'requires_action' } | { type: 'failed'; code: string; message: string };

/**
 * How the form leaves or stays: the hosted page navigates (the default), the embedded checkout stays in
 * its frame and takes over 3-D Secure redirects and the wait for the outcome.
 */
export type PaymentNavigator =
  | { mode: 'hosted' }
  | {
      mode: 'embed';
      /** `processing`: a card was submitted, or 3DS finished and the server confirms; `requires_action`: the bank's challenge shows; `failed`: the attempt ended unpaid. */
      onEvent(event: PaymentFormEvent): void;
      /** Shows a 3DS redirect challenge inside the frame; true once the bank's page sent the customer back, false if they closed it. */
      runRedirectChallenge(url: string, paymentId: string): Promise<boolean>;
      /** The processor has the payment: wait for its webhook-backed status here instead of on /return. */
      onAccepted(paymentId: string): void;
    };

export const HOSTED_NAVIGATOR: PaymentNavigator = { mode: 'hosted' };
