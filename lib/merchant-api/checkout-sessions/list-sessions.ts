import type { Db } from '@/lib/db/create-prisma';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZApiListCheckoutSessions } from '../schemas/checkout-session-schemas';
import { serializeCheckoutSession } from '@/lib/objects/serialize';

/** The merchant's sessions, newest first. */
export async function listSessions(db: Db, merchantId: string, query: unknown, publicUrl: string) {
  const params = ZApiListCheckoutSessions.parse(query);
  await checkCursors(params, 'checkout_session', (id) =>
    db.checkoutSession.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.checkoutSession.findMany({
    where: {
      merchantId,
      ...(params.status && { status: params.status }),
      ...(params.payment_link && { paymentLinkId: params.payment_link }),
    },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: { select: { id: true } } },
    ...pageArgs(params),
  });
  return toList(rows, params, '/api/v1/checkout/sessions', (row) => serializeCheckoutSession(row, publicUrl));
}
