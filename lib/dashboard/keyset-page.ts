/** Rows per page of the dashboard's lists. */
export const PAGE_SIZE = 25;

/** `?after=<id>` (older rows) or `?before=<id>` (newer rows): the id of the row the page continues from. */
export type PageCursor = { direction: 'first' } | { direction: 'after' | 'before'; id: string };

export type Anchor = { id: string; createdAt: Date };

/**
 * Prisma conditions and order for the page after or before `anchor` in a newest-first list ordered by
 * (createdAt, id). The redundant bound on createdAt lets the `(merchant_id, created_at)` index start at
 * the anchor instead of filtering from the newest row.
 */
export function keysetArgs(anchor: Anchor | null, direction: PageCursor['direction']) {
  if (!anchor || direction === 'first')
    return { where: {}, orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }] };
  if (direction === 'after') {
    return {
      where: {
        createdAt: { lte: anchor.createdAt },
        OR: [{ createdAt: { lt: anchor.createdAt } }, { id: { lt: anchor.id } }],
      },
      orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
    };
  }
  return {
    where: {
      createdAt: { gte: anchor.createdAt },
      OR: [{ createdAt: { gt: anchor.createdAt } }, { id: { gt: anchor.id } }],
    },
    orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  };
}

export type KeysetPage<T> = { rows: T[]; next: string | null; previous: string | null };

/** Turns `PAGE_SIZE + 1` rows fetched with `keysetArgs` into a newest-first page and its neighbours' cursors. */
export function keysetPage<T extends { id: string }>(fetched: T[], direction: PageCursor['direction']): KeysetPage<T> {
  const hasMore = fetched.length > PAGE_SIZE;
  const kept = fetched.slice(0, PAGE_SIZE);
  if (direction === 'before') {
    const rows = kept.reverse();
    return { rows, previous: hasMore ? rows[0]!.id : null, next: rows.at(-1)?.id ?? null };
  }
  return {
    rows: kept,
    next: hasMore ? kept.at(-1)!.id : null,
    previous: direction === 'after' ? (kept[0]?.id ?? null) : null,
  };
}
