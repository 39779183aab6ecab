import { logger } from '@/lib/observability/logger';
import { describeStripeError } from '@/lib/stripe/stripe-errors';
import type { PaymentStep } from '@/lib/checkout/payment-step';

/** An error the customer cannot fix: logged (without card data, which never reaches us) and turned into a retryable step. */
export function unexpectedFailure(action: string, error: unknown): PaymentStep {
  logger().error({ action, err: describeStripeError(error) }, 'customer action failed');
  return {
    kind: 'failed',
    paymentId: null,
    code: 'temporarily_unavailable',
    message: 'We could not reach the payment processor. Please try again in a moment.',
  };
}
