import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '../api-error';

/** One of the merchant's live (not deleted) webhook endpoints; anything else is a 404. */
export async function findEndpoint(db: Db, merchantId: string, id: string, param = 'id') {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, merchantId, deletedAt: null } });
  if (!endpoint) throw notFound('webhook endpoint', id, param);
  return endpoint;
}
