import { describeStripeError } from '@/lib/stripe/stripe-errors';
import type { PaymentStep } from '@/lib/checkout/payment-step';

/** An error the customer cannot fix: logged (without card data, which never reaches us) and turned into a retryable step. */
export function unexpectedFailure(action: string, error: unknown): PaymentStep {
  console.error(`[${action}] ${describeStripeError(error)}`);
  return {
    kind: 'failed',
    paymentId: null,
    code: 'temporarily_unavailable',
    message: 'We could not reach the payment processor. Please try again in a moment.',
  };
}
