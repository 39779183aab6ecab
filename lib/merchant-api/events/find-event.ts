import type { Db } from '@/lib/db/create-prisma';
import { notFound } from '../api-error';

/** One of the merchant's events; another merchant's id is a 404. */
export async function findEvent(db: Db, merchantId: string, id: string) {
  const event = await db.merchantEvent.findFirst({ where: { id, merchantId } });
  if (!event) throw notFound('event', id);
  return event;
}
