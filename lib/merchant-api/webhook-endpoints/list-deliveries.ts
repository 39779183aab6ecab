import type { Db } from '@/lib/db/create-prisma';
import { serializeDelivery } from '@/lib/objects/serialize-webhooks';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZListDeliveries } from '../schemas/webhook-schemas';
import { findEndpoint } from './find-endpoint';

/** The endpoint's deliveries, newest first, each with all its attempts (oldest first). */
export async function listDeliveries(db: Db, merchantId: string, id: string, query: unknown) {
  const params = ZListDeliveries.parse(query);
  const endpoint = await findEndpoint(db, merchantId, id);
  await checkCursors(params, 'webhook_delivery', (cursor) =>
    db.webhookDelivery.findFirst({ where: { id: cursor, endpointId: endpoint.id }, select: { id: true } }),
  );
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id, ...(params.status && { status: params.status }) },
    include: { attempts: { orderBy: { attemptedAt: 'asc' } }, event: { select: { type: true } } },
    ...pageArgs(params),
  });
  return toList(rows, params, `/api/v1/webhook_endpoints/${endpoint.id}/deliveries`, serializeDelivery);
}
