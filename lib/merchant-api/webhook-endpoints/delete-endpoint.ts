import type { Db } from '@/lib/db/create-prisma';
import { findEndpoint } from './find-endpoint';

/** Soft-deletes an endpoint: nothing more is sent to it, and its delivery log stays in the database. */
export async function deleteEndpoint(db: Db, merchantId: string, id: string) {
  const endpoint = await findEndpoint(db, merchantId, id);
  await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { deletedAt: new Date(), enabled: false } });
  return { id: endpoint.id, object: 'webhook_endpoint' as const, deleted: true };
}
