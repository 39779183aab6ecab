import type { Db } from '@/lib/db/create-prisma';
import { serializeEvent } from '@/lib/objects/serialize-webhooks';
import { checkCursors, pageArgs, toList } from '@/lib/objects/pagination';
import { ZListEvents } from '../schemas/webhook-schemas';

/** The merchant's events, newest first, optionally of one type. */
export async function listEvents(db: Db, merchantId: string, query: unknown) {
  const params = ZListEvents.parse(query);
  await checkCursors(params, 'event', (id) =>
    db.merchantEvent.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.merchantEvent.findMany({
    where: { merchantId, ...(params.type && { type: params.type }) },
    ...pageArgs(params),
    orderBy: { sequence: 'desc' }, // events of one transaction share a timestamp; the sequence keeps their order
  });
  return toList(rows, params, '/api/v1/events', serializeEvent);
}
