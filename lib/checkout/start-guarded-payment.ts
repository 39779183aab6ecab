import type { Db } from '@/lib/db/create-prisma';
import { forgiveCardAttempt, limitCardTesting } from './card-testing-limits';
import { findCardTestingSubject } from './find-card-testing-subject';
import { limitPaymentAttempt } from './payment-rate-limits';
import type { PaymentStep } from './payment-step';
import { startPayment, type StartPaymentInput } from './start-payment';

/**
 * A card submission from the checkout page at `ip`, through every card-testing limit: per session and
 * client IP first (no database, no Stripe), then per merchant, payment link and card fingerprint.
 */
export async function startGuardedPayment(
  db: Db,
  input: StartPaymentInput,
  ip: string,
  publicUrl: string,
): Promise<PaymentStep> {
  const limited = await limitPaymentAttempt(input.sessionId, ip);
  if (limited) return limited;
  const subject = await findCardTestingSubject(db, input.sessionId, input.paymentMethodId);
  const held = subject && (await limitCardTesting(subject));
  if (held) return held;
  const step = await startPayment(db, input, publicUrl);
  if (subject && step.kind !== 'failed') await forgiveCardAttempt(subject);
  return step;
}
