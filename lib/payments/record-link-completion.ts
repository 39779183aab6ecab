import { appEnv } from '@/lib/env/app-env';
import { serializeCheckoutSession } from '@/lib/objects/serialize';
import { recordEvent, type Tx } from '@/lib/merchant-webhooks/record-event';

/**
 * Inside convergePayment's transaction, when a webhook-backed success has just completed `sessionId`:
 * counts the completion on the session's payment link and records `payment_link.completed`, whose
 * object is the checkout session (with `payment_link`, `payment`, amount and email). Returns the
 * webhook deliveries queued; 0 for a session not opened from a link.
 */
export async function recordLinkCompletion(tx: Tx, sessionId: string): Promise<number> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: { select: { id: true } } },
  });
  if (!session.paymentLinkId) return 0;
  await tx.paymentLink.update({ where: { id: session.paymentLinkId }, data: { completedCount: { increment: 1 } } });
  const object = serializeCheckoutSession(session, appEnv().TILLPOINT_PUBLIC_URL);
  return (await recordEvent(tx, { merchantId: session.merchantId, type: 'payment_link.completed', object })).deliveries;
}
