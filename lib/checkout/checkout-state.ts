import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';
import { checkoutLinkRefusal } from '@/lib/sessions/checkout-link-refusal';
import { discountProblem } from './discount-problem';

async function loadCheckoutView(db: Db, sessionId: string, now: Date) {
  if (!isObjectId('checkout_session', sessionId)) return null;
  const session = await db.checkoutSession.findUnique({
    where: { id: sessionId },
    include: {
      merchant: true,
      lineItems: { orderBy: { position: 'asc' } },
      payment: true,
      coupon: true,
      promotionCode: true,
      redemption: true,
    },
  });
  if (!session) return null;
  const expired =
    session.status === 'expired' ||
    (session.status === 'open' && session.expiresAt <= now && session.payment?.status !== 'processing');
  const status = session.status === 'complete' ? 'complete' : expired ? 'expired' : 'open';
  const problem = status === 'open' ? await discountProblem(db, session, now) : null;
  return { ...session, status, discountProblem: problem } as const;
}

/** A checkout session as its pages show it, with the status derived with the clock. */
export type CheckoutView = NonNullable<Awaited<ReturnType<typeof loadCheckoutView>>>;

/** What a customer's checkout page shows: decided here once, rendered by the hosted and the embedded page. */
export type CheckoutState =
  | { kind: 'not_found' }
  /** Paid, or `authorized` (the card held for a later capture); `paymentId` is null only for a session completed without a payment row. */
  | { kind: 'paid'; view: CheckoutView; paymentId: string | null; authorized: boolean }
  | { kind: 'expired'; view: CheckoutView }
  /** Completed with an authorization that was then canceled (or lapsed): the customer was not charged. */
  | { kind: 'released'; view: CheckoutView }
  /** Opened from a payment link that no longer takes payments: the link's message instead of the form. */
  | { kind: 'link_unavailable'; view: CheckoutView; message: string }
  /** The payment form, with the session's order and prefilled email. */
  | { kind: 'open'; view: CheckoutView };

/**
 * The state of checkout session `sessionId`: not found for an unknown or malformed id; paid, expired, or
 * refused by its payment link (the same rule startPayment applies); otherwise open for payment.
 */
export async function getCheckoutState(db: Db, sessionId: string, now = new Date()): Promise<CheckoutState> {
  const view = await loadCheckoutView(db, sessionId, now);
  if (!view) return { kind: 'not_found' };
  if (view.status === 'complete' && view.payment?.status === 'canceled') return { kind: 'released', view };
  if (view.status === 'complete') {
    const authorized = view.payment?.status === 'requires_capture';
    return { kind: 'paid', view, paymentId: view.payment?.id ?? null, authorized };
  }
  if (view.status === 'expired') return { kind: 'expired', view };
  const refusal = await checkoutLinkRefusal(db, view);
  return refusal ? { kind: 'link_unavailable', view, message: refusal } : { kind: 'open', view };
}
