import type { PaymentStatus } from '@/lib/generated/prisma/enums';

export type { PaymentStatus };

/** Lists of statuses, for database filters; code that asks about one payment uses the predicates below. */
export const FINAL_STATUSES = ['succeeded', 'canceled'] as const satisfies PaymentStatus[];
/** Waiting on the customer's 3-D Secure; `awaitingCustomerSince` marks when that began. */
export const AWAITING_CUSTOMER_STATUSES = [
  'requires_action',
  'requires_confirmation',
] as const satisfies PaymentStatus[];
/** Stripe has the payment (processing or authorised): its outcome is the processor's now. */
export const SETTLING_STATUSES = ['processing', 'requires_capture'] as const satisfies PaymentStatus[];
/** No outcome yet but may still succeed: waiting on the customer or on the processor. */
export const IN_FLIGHT_STATUSES = [...AWAITING_CUSTOMER_STATUSES, ...SETTLING_STATUSES] as const;
/** Nothing taken and Stripe not processing: the payment may be confirmed again or canceled. */
export const REUSABLE_STATUSES = ['requires_payment_method', ...AWAITING_CUSTOMER_STATUSES] as const;
/** Statuses a payment reaches once the customer has finished 3-D Secure successfully. */
const PAST_THREE_D_SECURE = ['requires_confirmation', ...SETTLING_STATUSES, 'succeeded'] as const;
/** Stripe statuses in which money was taken or is being taken. */
const HOLDING_MONEY = ['succeeded', ...SETTLING_STATUSES] as const;

const isIn =
  (statuses: readonly string[]) =>
  (status: string): boolean =>
    statuses.includes(status);

/** Succeeded or canceled: the status never changes again. */
export const isFinal = isIn(FINAL_STATUSES);
export const awaitsCustomer = isIn(AWAITING_CUSTOMER_STATUSES);
export const isSettling = isIn(SETTLING_STATUSES);
export const isInFlight = isIn(IN_FLIGHT_STATUSES);
/** A payment in flight holds a place under a payment link's completed-sessions limit. */
export const holdsLinkPlace = isInFlight;
/** The session's payment may be confirmed again by a new attempt, or canceled when the session expires. */
export const isReusable = isIn(REUSABLE_STATUSES);
export const isPastThreeDSecure = isIn(PAST_THREE_D_SECURE);
/** Takes a PaymentIntent's status as Stripe reports it (a wider set than Tillpoint's). */
export const holdsMoney = isIn(HOLDING_MONEY);

/**
 * What caused an observation. Only a verified Stripe webhook, or the reconciler reading Stripe server to
 * server after webhooks failed to arrive, may declare a payment paid; what a server action or the
 * return page sees is "processing" until then.
 */
export type PaymentSource =
  | { kind: 'webhook'; eventId: string; eventType: string }
  /** The reconciler: `server-confirm` when it confirmed a payment the customer authenticated but never came back to. */
  | { kind: 'reconciler'; name?: 'server-confirm' | 'resolve-attempt' }
  | { kind: 'action'; name: string; attemptId?: string }
  | { kind: 'expiry' }
  /** A checkout whose discount leaves nothing to pay: nothing is charged (convergePayment accepts it only for amount 0). */
  | { kind: 'no_charge' };

const MAY_CONFIRM_SUCCESS: ReadonlySet<PaymentSource['kind']> = new Set(['webhook', 'reconciler', 'no_charge']);

/**
 * The status a payment moves to when `source` observes Stripe in `observed`. Final statuses never
 * change; an authorised payment only moves on to captured or canceled; unverified sources cannot
 * declare success.
 */
export function nextStatus(current: PaymentStatus, observed: PaymentStatus, source: PaymentSource): PaymentStatus {
  if (isFinal(current)) return current;
  let target = observed;
  if ((target === 'succeeded' || target === 'requires_capture') && !MAY_CONFIRM_SUCCESS.has(source.kind))
    target = 'processing';
  if (current === 'requires_capture' && target !== 'succeeded' && target !== 'canceled') return current;
  if (
    current === 'processing' &&
    target !== 'succeeded' &&
    target !== 'canceled' &&
    target !== 'requires_capture' &&
    target !== 'requires_payment_method'
  ) {
    return current;
  }
  return target;
}

export function describeSource(source: PaymentSource): { source: string; sourceRef: string | null } {
  switch (source.kind) {
    case 'webhook':
      return { source: 'webhook', sourceRef: source.eventId };
    case 'action':
      return { source: `action:${source.name}`, sourceRef: source.attemptId ?? null };
    case 'reconciler':
      return { source: source.name ? `reconciler:${source.name}` : 'reconciler', sourceRef: null };
    default:
      return { source: source.kind, sourceRef: null };
  }
}
