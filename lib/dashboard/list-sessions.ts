import { z } from 'zod';
import type { Db } from '@/lib/db/create-prisma';
import { keysetArgs, keysetPage, PAGE_SIZE, type PageCursor } from './keyset-page';
import { firstParam, type SearchParams } from './search-params';

export const SESSION_STATUSES = { open: 'Open', complete: 'Complete', expired: 'Expired' } as const;

export type SessionStatusFilter = keyof typeof SESSION_STATUSES;

const ZSessionStatus = z.enum(['open', 'complete', 'expired']);

/** The status filter from the query string; anything else is ignored with a note. */
export function parseSessionStatus(params: SearchParams, ignored: string[]): SessionStatusFilter | undefined {
  const value = firstParam(params, 'status');
  if (value === undefined) return undefined;
  const parsed = ZSessionStatus.safeParse(value);
  if (!parsed.success) ignored.push(`“${value}” is not a session status, so sessions of every status are shown.`);
  return parsed.data;
}

/** One page of the merchant's checkout sessions, newest first, with their payment's status. */
export async function listSessions(
  db: Db,
  merchantId: string,
  status: SessionStatusFilter | undefined,
  cursor: PageCursor,
) {
  const anchor =
    cursor.direction === 'first'
      ? null
      : await db.checkoutSession.findFirst({
          where: { id: cursor.id, merchantId },
          select: { id: true, createdAt: true },
        });
  const direction = anchor ? cursor.direction : 'first';
  const { where, orderBy } = keysetArgs(anchor, direction);
  const fetched = await db.checkoutSession.findMany({
    where: { AND: [{ merchantId, ...(status && { status }) }, where] },
    orderBy,
    take: PAGE_SIZE + 1,
    include: {
      payment: {
        select: {
          id: true,
          status: true,
          amountRefunded: true,
          amountCaptured: true,
          amount: true,
          lastErrorCode: true,
        },
      },
      _count: { select: { lineItems: true } },
    },
  });
  return { ...keysetPage(fetched, direction), cursorIgnored: cursor.direction !== 'first' && !anchor };
}

/** Whether the merchant has any checkout session at all. */
export async function hasAnySession(db: Db, merchantId: string): Promise<boolean> {
  return (await db.checkoutSession.findFirst({ where: { merchantId }, select: { id: true } })) !== null;
}
