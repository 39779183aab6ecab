import { logger } from '@/lib/observability/logger';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { updatePaymentIntentAmount } from '@/lib/stripe/update-payment-intent-amount';
import { describeStripeError, isOutcomeUnknown } from '@/lib/stripe/stripe-errors';

/**
 * Makes an existing PaymentIntent (from an earlier, declined attempt) ask for the payment's current amount
 * before it is confirmed again. True only when Stripe's own answer (the update's, or a re-read) shows our
 * amount; false when that cannot be known (the update's answer was lost and the re-read failed too): the caller
 * must not confirm then. A refusal by Stripe (a PaymentIntent past updating) is thrown.
 */
export async function syncIntentAmount(intentId: string, amount: number, attemptId: string): Promise<boolean> {
  const current = await readAmount(intentId);
  if (current === amount) return true;
  if (current === null) return false;
  try {
    const updated = await updatePaymentIntentAmount(intentId, amount, `${attemptId}-amount`);
    return updated.amount === amount;
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    logger().warn(
      { intentId, attemptId, err: describeStripeError(error) },
      'amount update outcome unknown; reading it back',
    );
    return (await readAmount(intentId)) === amount;
  }
}

async function readAmount(intentId: string): Promise<number | null> {
  try {
    return (await retrievePaymentIntent(intentId)).amount;
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    return null;
  }
}
