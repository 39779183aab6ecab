import 'server-only';
import type { Db } from '@/lib/db/create-prisma';
import { isObjectId } from '@/lib/ids/object-ids';
import { retrievePaymentIntent } from '@/lib/stripe/retrieve-payment-intent';
import { verifyThreeDSecureToken } from './three-d-secure-token';
import { returnUrlFor } from '@/lib/checkout/payment-step';

export type ThreeDSecureView =
  /** The link is wrong, expired, or for an unknown payment. */
  | { kind: 'invalid' }
  /** Nothing to authenticate (done, failed or moved on): the return page shows the status. */
  | { kind: 'go'; url: string }
  /** Run `stripe.handleCardAction(clientSecret)` in the page, then the server re-confirms. */
  | { kind: 'authenticate'; paymentId: string; clientSecret: string; merchantName: string; brandColor: string | null };

/** What the hosted 3-D Secure action page (`/pay/{id}/action?token=...`) does for this payment and token. */
export async function getThreeDSecureView(
  db: Db,
  paymentId: string,
  token: string,
  secret: string,
  publicUrl: string,
): Promise<ThreeDSecureView> {
  if (!isObjectId('payment', paymentId) || !verifyThreeDSecureToken(secret, paymentId, token))
    return { kind: 'invalid' };
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { session: { include: { merchant: true } } },
  });
  if (!payment) return { kind: 'invalid' };
  const done = { kind: 'go', url: returnUrlFor(publicUrl, payment.id) } as const;
  if (payment.status !== 'requires_action' || !payment.stripePaymentIntentId) return done;
  const intent = await retrievePaymentIntent(payment.stripePaymentIntentId);
  if (intent.status !== 'requires_action' || !intent.client_secret) return done;
  const redirect = intent.next_action?.redirect_to_url?.url;
  if (redirect) return { kind: 'go', url: redirect };
  return {
    kind: 'authenticate',
    paymentId: payment.id,
    clientSecret: intent.client_secret,
    merchantName: payment.session.merchant.name,
    brandColor: payment.session.merchant.brandColor,
  };
}
