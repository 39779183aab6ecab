import { z } from 'zod';
import type { Db } from '@/lib/db/create-prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { keysetArgs, keysetPage, PAGE_SIZE, type PageCursor } from '../keyset-page';
import { firstParam, type SearchParams } from '../search-params';

export const LINK_STATUSES = { active: 'Active', inactive: 'Inactive' } as const;

export type LinkStatusFilter = keyof typeof LINK_STATUSES;

const ZLinkStatus = z.enum(['active', 'inactive']);

/** The status filter from the query string; anything else is ignored with a note. */
export function parseLinkStatus(params: SearchParams, ignored: string[]): LinkStatusFilter | undefined {
  const value = firstParam(params, 'status');
  if (value === undefined) return undefined;
  const parsed = ZLinkStatus.safeParse(value);
  if (!parsed.success) ignored.push(`“${value}” is not a link status, so every link is shown.`);
  return parsed.data;
}

/**
 * Links that take payments (active, under their completion limit) or that do not (deactivated, or the
 * limit reached): what the merchant means by active, rather than the `active` flag alone.
 */
function statusWhere(db: Db, status: LinkStatusFilter | undefined): Prisma.PaymentLinkWhereInput {
  const limit = db.paymentLink.fields.completedLimit;
  if (status === 'active') return { active: true, OR: [{ completedLimit: null }, { completedCount: { lt: limit } }] };
  if (status === 'inactive') return { OR: [{ active: false }, { completedCount: { gte: limit } }] };
  return {};
}

/** One page of the merchant's payment links, newest first. */
export async function listLinks(db: Db, merchantId: string, status: LinkStatusFilter | undefined, cursor: PageCursor) {
  const anchor =
    cursor.direction === 'first'
      ? null
      : await db.paymentLink.findFirst({ where: { id: cursor.id, merchantId }, select: { id: true, createdAt: true } });
  const direction = anchor ? cursor.direction : 'first';
  const { where, orderBy } = keysetArgs(anchor, direction);
  const fetched = await db.paymentLink.findMany({
    where: { AND: [{ merchantId }, statusWhere(db, status), where] },
    orderBy,
    take: PAGE_SIZE + 1,
  });
  return { ...keysetPage(fetched, direction), cursorIgnored: cursor.direction !== 'first' && !anchor };
}

/** Whether the merchant has any payment link at all. */
export async function hasAnyLink(db: Db, merchantId: string): Promise<boolean> {
  return (await db.paymentLink.findFirst({ where: { merchantId }, select: { id: true } })) !== null;
}
