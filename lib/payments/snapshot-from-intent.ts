import type Stripe from 'stripe';
import { customerMessage, threeDSecureFailure } from '@/lib/objects/failure-messages';
import type { PaymentStatus } from './payment-state';

/** What Tillpoint keeps of a PaymentIntent at one moment. */
export type PaymentSnapshot = {
  status: PaymentStatus;
  errorCode: string | null;
  declineCode: string | null;
  errorMessage: string | null;
  threeDSecureFailure: string | null;
  nextActionType: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  /** What Stripe charged (`amount_received`): below `amount` after a partial capture. */
  amountReceived: number;
  /** Why Stripe canceled it (`automatic`: an authorization left uncaptured for 7 days). */
  cancellationReason: string | null;
};

/**
 * Reads a PaymentIntent (as returned by the API or embedded in a 402) into a snapshot.
 * `wentThroughAuthentication` says the attempt had reached `requires_action`.
 */
export function snapshotFromIntent(intent: Stripe.PaymentIntent, wentThroughAuthentication = false): PaymentSnapshot {
  const error =
    intent.status === 'requires_payment_method' || intent.status === 'canceled' ? intent.last_payment_error : null;
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const card =
    charge?.payment_method_details?.card ??
    (typeof intent.payment_method === 'object' ? intent.payment_method?.card : null) ??
    null;
  const code = error?.code ?? null;
  return {
    status: toPaymentStatus(intent.status),
    errorCode: code,
    declineCode: error?.decline_code ?? null,
    errorMessage: error ? customerMessage(code, error.decline_code) : null,
    threeDSecureFailure: error ? threeDSecureFailure(code, wentThroughAuthentication) : null,
    nextActionType: intent.status === 'requires_action' ? (intent.next_action?.type ?? null) : null,
    cardBrand: card?.brand ?? error?.payment_method?.card?.brand ?? null,
    cardLast4: card?.last4 ?? error?.payment_method?.card?.last4 ?? null,
    amountReceived: intent.amount_received ?? 0,
    cancellationReason: intent.status === 'canceled' ? (intent.cancellation_reason ?? null) : null,
  };
}

const KNOWN: ReadonlySet<string> = new Set<PaymentStatus>([
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
]);

/** A status Stripe may add later is treated as "processing": wait for a known one, never guess success. */
function toPaymentStatus(status: string): PaymentStatus {
  return KNOWN.has(status) ? (status as PaymentStatus) : 'processing';
}
