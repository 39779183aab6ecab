import type { Db } from '@/lib/db/create-prisma';
import { serializeEndpoint } from '@/lib/objects/serialize-webhooks';
import { checkCursors, pageArgs, toList, ZListParams } from '@/lib/objects/pagination';

/** The merchant's webhook endpoints (deleted ones excluded), newest first. */
export async function listEndpoints(db: Db, merchantId: string, query: unknown) {
  const params = ZListParams.parse(query);
  await checkCursors(params, 'webhook_endpoint', (id) =>
    db.webhookEndpoint.findFirst({ where: { id, merchantId, deletedAt: null }, select: { id: true } }),
  );
  const rows = await db.webhookEndpoint.findMany({ where: { merchantId, deletedAt: null }, ...pageArgs(params) });
  return toList(rows, params, '/api/v1/webhook_endpoints', serializeEndpoint);
}
