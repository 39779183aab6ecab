import type { Db } from '@/lib/db/create-prisma';
import { readCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { MAX_EXPIRY_SECONDS, MIN_EXPIRY_SECONDS } from './checkout-schemas';
import { createCheckoutSession } from './create-checkout-session';
import { readQuantityBounds } from '@/lib/line-items/adjustable-quantity';
import { getRecoveryState, type RecoverableSession } from './recovery-state';

export type RecoveryOutcome =
  { kind: 'recovered'; sessionId: string } | { kind: 'refused'; reason: 'not_found' | 'lapsed' | 'used' };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/**
 * The customer pressed "Continue" on a recovery URL: a new open session with the expired one's items,
 * currency, email, the details the customer typed (name, phone, addresses, custom fields; consent is
 * asked again) and settings, and an expiry as long as the original's. Once only: the unique
 * `recovered_from` lets one of two racing presses insert; the other (and any later press while that
 * session can still be paid) gets the same session back.
 */
export async function recoverSession(db: Db, token: string, now = new Date()): Promise<RecoveryOutcome> {
  const state = await getRecoveryState(db, token, now);
  if (state.kind !== 'ready') return { kind: 'refused', reason: state.kind };
  if (state.recovered) return { kind: 'recovered', sessionId: state.recovered };
  try {
    const created = await createCheckoutSession(db, copyOf(state.session), now);
    if (state.session.collected) {
      // What the customer typed before (not their consent, which they give again) fills in the new form.
      const collected = { ...(state.session.collected as object), consent: null };
      await db.checkoutSession.update({ where: { id: created.id }, data: { collected } });
    }
    return { kind: 'recovered', sessionId: created.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await getRecoveryState(db, token, now);
    if (again.kind === 'ready' && again.recovered) return { kind: 'recovered', sessionId: again.recovered };
    return { kind: 'refused', reason: again.kind === 'ready' ? 'used' : again.kind };
  }
}

function copyOf(session: RecoverableSession) {
  const seconds = Math.round((session.expiresAt.getTime() - session.createdAt.getTime()) / 1000);
  return {
    merchantId: session.merchantId,
    lineItems: session.lineItems.map((item) => ({
      name: item.name,
      unitAmount: item.unitAmount,
      quantity: item.quantity,
      imageUrl: item.imageUrl ?? undefined,
      adjustableQuantity: readQuantityBounds(item.adjustableQuantity),
    })),
    currency: session.currency,
    customerEmail: session.customerEmail ?? undefined,
    successUrl: session.successUrl ?? undefined,
    cancelUrl: session.cancelUrl ?? undefined,
    completionMessage: session.completionMessage ?? undefined,
    threeDSecureUi: session.threeDSecureUi,
    uiMode: 'hosted' as const,
    locale: session.locale ?? undefined,
    checkoutOptions: readCheckoutOptions(session.checkoutOptions),
    clientReferenceId: session.clientReferenceId ?? undefined,
    metadata: session.metadata as Record<string, string>,
    captureMethod: session.captureMethod,
    allowPromotionCodes: session.recoveryAllowPromotionCodes,
    recoveredFromId: session.id,
    expiresInSeconds: Math.min(MAX_EXPIRY_SECONDS, Math.max(MIN_EXPIRY_SECONDS, seconds)),
  };
}
