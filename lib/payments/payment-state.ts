import type { PaymentStatus } from '@/lib/generated/prisma/enums';

export type { PaymentStatus };

export const FINAL_STATUSES: ReadonlySet<PaymentStatus> = new Set(['succeeded', 'canceled']);

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
  | { kind: 'expiry' };

const MAY_CONFIRM_SUCCESS: ReadonlySet<PaymentSource['kind']> = new Set(['webhook', 'reconciler']);

/**
 * The status a payment moves to when `source` observes Stripe in `observed`. Final statuses never
 * change; an authorised payment only moves on to captured or canceled; unverified sources cannot
 * declare success.
 */
export function nextStatus(current: PaymentStatus, observed: PaymentStatus, source: PaymentSource): PaymentStatus {
  if (FINAL_STATUSES.has(current)) return current;
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
