import { logger } from '@/lib/observability/logger';
import type { Db } from '@/lib/db/create-prisma';
import { convergePayment } from '@/lib/payments/converge-payment';
import { snapshotFromIntent } from '@/lib/payments/snapshot-from-intent';
import { createPaymentIntent } from '@/lib/stripe/create-payment-intent';
import { confirmPaymentIntent } from '@/lib/stripe/confirm-payment-intent';
import {
  describeStripeError,
  isOutcomeUnknown,
  isServerError,
  paymentIntentFromCardError,
} from '@/lib/stripe/stripe-errors';
import { claimPaymentAttempt, type ClaimedAttempt } from './claim-payment-attempt';
import { confirmAfterThreeDSecure } from './confirm-after-three-d-secure';
import { finishAttempt } from './finish-attempt';
import { challengeReturnUrl, returnUrlFor, stepFor, type PaymentStep } from './payment-step';
import { resolveAttempt } from './resolve-attempt';
import { syncIntentAmount } from './sync-intent-amount';
import { stripeShipping } from '@/lib/customer-details/stripe-shipping';

const AMOUNT_UNSETTLED = 'An error occurred while processing your card. Try again in a little bit.';

export type StartPaymentInput = { sessionId: string; paymentMethodId: string; email: string };

/**
 * The customer pressed Pay: confirm the session's one PaymentIntent (manual confirmation) with this card.
 * The PaymentIntent is created unconfirmed (one idempotency key per payment) and its id stored before the confirm, so whatever answer is lost
 * the payment knows which PaymentIntent may have been charged. A confirm whose outcome is unknown leaves the
 * attempt in flight; the truth is read back before another charge can start. A payment already waiting on
 * 3DS or already accepted is reused, never charged twice. Amount and currency come from the session; a
 * PaymentIntent left from a declined attempt is brought to the payment's current amount (a quantity changed
 * since) and confirmed only once Stripe shows that amount.
 */
export async function startPayment(db: Db, input: StartPaymentInput, publicUrl: string): Promise<PaymentStep> {
  let claim = await claimPaymentAttempt(db, input, publicUrl);
  if (claim.kind === 'unresolved') {
    // An earlier attempt never got its answer: learn what Stripe did before anything else is charged.
    const resolved = await resolveAttempt(db, claim.paymentId, claim.attemptId, {
      kind: 'action',
      name: 'start-payment',
      attemptId: claim.attemptId,
    });
    if (!resolved)
      return { kind: 'processing', paymentId: claim.paymentId, returnUrl: returnUrlFor(publicUrl, claim.paymentId) };
    claim = await claimPaymentAttempt(db, input, publicUrl);
    if (claim.kind === 'unresolved')
      return { kind: 'unavailable', reason: 'busy', message: 'Your payment is already being processed.' };
  }
  if (claim.kind === 'done') return claim.step;
  if (claim.kind === 'resume') return confirmAfterThreeDSecure(db, claim.paymentId, publicUrl);
  return chargeAttempt(db, claim, input, publicUrl);
}

async function chargeAttempt(
  db: Db,
  claim: ClaimedAttempt,
  input: StartPaymentInput,
  publicUrl: string,
): Promise<PaymentStep> {
  const { attemptId, payment, session } = claim;
  let intentId = payment.stripePaymentIntentId;
  if (!intentId) {
    // One create key per payment, reused until Stripe answers, so a create whose answer was lost (or is still
    // running) gives back the same PaymentIntent. A 5xx may be stored under the key for good: the next try
    // takes a new key (at worst leaving an unconfirmed PaymentIntent, which can never be charged).
    const storedFailures = await db.paymentAttempt.count({
      where: { paymentId: payment.id, outcome: 'create_server_error' },
    });
    try {
      const created = await createPaymentIntent(
        {
          amount: payment.amount,
          currency: payment.currency,
          redirects: session.threeDSecureUi === 'redirect',
          captureMethod: payment.captureMethod,
          description: `${session.merchant.name} checkout ${session.id}`,
          shipping: stripeShipping(session.collected),
          metadata: {
            tillpoint_payment_id: payment.id,
            tillpoint_checkout_session_id: session.id,
            tillpoint_merchant_id: session.merchantId,
          },
        },
        // The amount is part of the key: after a quantity change the old key's parameters no longer match.
        `${payment.id}-create-${storedFailures}-${payment.amount}`,
      );
      intentId = created.id;
      await db.payment.update({ where: { id: payment.id }, data: { stripePaymentIntentId: intentId } });
    } catch (error) {
      // Nothing was charged: an unconfirmed PaymentIntent (if Stripe made one) cannot be.
      await finishAttempt(db, attemptId, isServerError(error) ? 'create_server_error' : 'create_failed');
      throw error;
    }
  } else if (!(await intentAsksFor(db, intentId, payment.amount, attemptId))) {
    // Nothing was confirmed: the customer may press Pay again, which reads the PaymentIntent afresh.
    await finishAttempt(db, attemptId, 'amount_unsettled');
    return { kind: 'failed', paymentId: payment.id, code: 'processing_error', message: AMOUNT_UNSETTLED };
  }

  const source = { kind: 'action', name: 'start-payment', attemptId } as const;
  let intent;
  try {
    intent = await confirmPaymentIntent(
      intentId,
      {
        paymentMethodId: input.paymentMethodId,
        returnUrl: challengeReturnUrl(publicUrl, session, payment.id),
        receiptEmail: input.email,
      },
      `${attemptId}-confirm`,
    );
  } catch (error) {
    intent = paymentIntentFromCardError(error);
    if (!intent && !isOutcomeUnknown(error)) {
      await finishAttempt(db, attemptId, 'error');
      throw error;
    }
    if (!intent) {
      logger().warn(
        { paymentId: payment.id, attemptId, err: describeStripeError(error) },
        'confirm outcome unknown; reading it back',
      );
      await db.paymentAttempt.update({ where: { id: attemptId }, data: { outcome: 'unknown' } });
      const resolved = await resolveAttempt(db, payment.id, attemptId, source);
      if (!resolved?.intent)
        return { kind: 'processing', paymentId: payment.id, returnUrl: returnUrlFor(publicUrl, payment.id) };
      return stepFor(resolved.payment, resolved.intent, publicUrl);
    }
  }

  await convergePayment(db, payment.id, snapshotFromIntent(intent), source);
  await finishAttempt(db, attemptId, intent.status);
  const current = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  return stepFor(current, intent, publicUrl);
}

/** Whether the earlier attempt's PaymentIntent now asks for `amount`; a refusal by Stripe finishes the attempt. */
async function intentAsksFor(db: Db, intentId: string, amount: number, attemptId: string): Promise<boolean> {
  try {
    return await syncIntentAmount(intentId, amount, attemptId);
  } catch (error) {
    await finishAttempt(db, attemptId, 'error');
    throw error;
  }
}
