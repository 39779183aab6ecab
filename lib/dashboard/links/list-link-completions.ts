import type { Db } from '@/lib/db/create-prisma';
import { keysetPage, PAGE_SIZE, type PageCursor } from '../keyset-page';

/** Keyset conditions on (completedAt, id), newest first: the page after or before `anchor`. */
function completedKeyset(anchor: { id: string; completedAt: Date } | null, direction: PageCursor['direction']) {
  const newestFirst = [{ completedAt: 'desc' as const }, { id: 'desc' as const }];
  if (!anchor || direction === 'first') return { where: {}, orderBy: newestFirst };
  const at = anchor.completedAt;
  if (direction === 'after')
    return {
      where: { completedAt: { lte: at }, OR: [{ completedAt: { lt: at } }, { id: { lt: anchor.id } }] },
      orderBy: newestFirst,
    };
  return {
    where: { completedAt: { gte: at }, OR: [{ completedAt: { gt: at } }, { id: { gt: anchor.id } }] },
    orderBy: [{ completedAt: 'asc' as const }, { id: 'asc' as const }],
  };
}

/**
 * One page of a link's completions: the checkout sessions opened from it that were paid (a webhook-backed
 * success completed them), with their payment, the most recently completed first.
 */
export async function listLinkCompletions(db: Db, merchantId: string, linkId: string, cursor: PageCursor) {
  const own = { merchantId, paymentLinkId: linkId, status: 'complete' as const, completedAt: { not: null } };
  const found =
    cursor.direction === 'first'
      ? null
      : await db.checkoutSession.findFirst({
          where: { ...own, id: cursor.id },
          select: { id: true, completedAt: true },
        });
  const anchor = found?.completedAt ? { id: found.id, completedAt: found.completedAt } : null;
  const direction = anchor ? cursor.direction : 'first';
  const { where, orderBy } = completedKeyset(anchor, direction);
  const fetched = await db.checkoutSession.findMany({
    where: { AND: [own, where] },
    orderBy,
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      customerEmail: true,
      completedAt: true,
      payment: {
        select: {
          id: true,
          status: true,
          amount: true,
          currency: true,
          amountRefunded: true,
          amountCaptured: true,
          lastErrorCode: true,
          cardBrand: true,
          cardLast4: true,
        },
      },
    },
  });
  return { ...keysetPage(fetched, direction), cursorIgnored: cursor.direction !== 'first' && !anchor };
}

export type LinkCompletion = Awaited<ReturnType<typeof listLinkCompletions>>['rows'][number];
