import type { PaymentStep } from '@/lib/checkout/payment-step';

/** Where the checkout form runs: its own page (hosted), or a merchant's frame that must not navigate (embed). */
export type PaymentMode = 'hosted' | 'embed';

/** What the form does with the server's next step. */
export type PaymentMove =
  /** 3-D Secure in Stripe's modal (`handleCardAction`), then the server confirms again. */
  | { kind: 'three_d_secure_modal'; paymentId: string; clientSecret: string }
  /** 3-D Secure by redirect, shown inside the frame; the server confirms again once the bank sent the customer back. */
  | { kind: 'three_d_secure_in_frame'; paymentId: string; url: string }
  /** Leave the page; `redirecting` shows "Redirecting…" meanwhile. */
  | { kind: 'navigate'; url: string; redirecting: boolean }
  /** The processor has the payment: the embed waits for its webhook-backed status in the frame. */
  | { kind: 'wait_in_frame'; paymentId: string }
  | { kind: 'reload' }
  /** The attempt ended unpaid: show `message`; `reload` first when the checkout itself changed. */
  | { kind: 'fail'; code: string; message: string; reload: boolean };

/** The one place the hosted and embedded checkout differ in following a payment step. */
export function nextMove(step: PaymentStep, mode: PaymentMode): PaymentMove {
  switch (step.kind) {
    case 'requires_action':
      return { kind: 'three_d_secure_modal', paymentId: step.paymentId, clientSecret: step.clientSecret };
    case 'redirect':
      return mode === 'embed'
        ? { kind: 'three_d_secure_in_frame', paymentId: step.paymentId, url: step.url }
        : { kind: 'navigate', url: step.url, redirecting: true };
    case 'processing':
      return mode === 'embed'
        ? { kind: 'wait_in_frame', paymentId: step.paymentId }
        : { kind: 'navigate', url: step.returnUrl, redirecting: true };
    case 'unavailable':
      if (step.returnUrl)
        return mode === 'embed' ? { kind: 'reload' } : { kind: 'navigate', url: step.returnUrl, redirecting: false };
      return { kind: 'fail', code: step.reason, message: step.message, reload: step.reason !== 'busy' };
    case 'failed':
      return { kind: 'fail', code: step.code, message: step.message, reload: false };
  }
}
