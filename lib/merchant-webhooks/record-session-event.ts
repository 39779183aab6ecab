import { appEnv } from '@/lib/env/app-env';
import { serializeCheckoutSession } from '@/lib/objects/serialize';
import { recordEvent, type Tx } from './record-event';

/** Records a checkout.session.* event carrying the session as it is now in `tx`. */
export async function recordSessionEvent(
  tx: Tx,
  sessionId: string,
  type: 'checkout.session.completed' | 'checkout.session.expired',
): Promise<number> {
  const session = await tx.checkoutSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: { select: { id: true } } },
  });
  const object = serializeCheckoutSession(session, appEnv().TILLPOINT_PUBLIC_URL);
  return (await recordEvent(tx, { merchantId: session.merchantId, type, object })).deliveries;
}
