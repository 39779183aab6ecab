import { z } from 'zod';
import { isObjectId, OBJECT_NAMES, printableId, type ObjectKind } from '@/lib/ids/object-ids';
import { notFound } from '@/lib/core/domain-error';

/** The list parameters every list endpoint accepts (query string). */
export const ZListParams = z.strictObject({
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(10),
  starting_after: z.string().max(100).optional(),
  ending_before: z.string().max(100).optional(),
});

export type TListParams = z.infer<typeof ZListParams>;

/**
 * A cursor must name a row of this very list (`owns` looks it up in the list's scope: the merchant, the
 * parent object). Another merchant's object is a 404 like an unknown id, never a position to page from.
 */
export async function checkCursors(
  params: TListParams,
  kind: ObjectKind,
  owns: (id: string) => Promise<unknown>,
): Promise<void> {
  for (const param of ['starting_after', 'ending_before'] as const) {
    const id = params[param];
    if (id !== undefined && !(isObjectId(kind, id) && (await owns(id))))
      throw notFound(OBJECT_NAMES[kind], printableId(id), param);
  }
}

/** Prisma arguments for a newest-first list with cursors on `id`; fetch one extra row to learn `has_more`. */
export function pageArgs(params: TListParams) {
  const cursorId = params.starting_after ?? params.ending_before;
  const backwards = params.ending_before !== undefined && params.starting_after === undefined;
  return {
    take: (backwards ? -1 : 1) * (params.limit + 1),
    ...(cursorId && { cursor: { id: cursorId }, skip: 1 }),
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  };
}

/** The list representation: `{ object: 'list', data, has_more, url }`. `rows` came from `pageArgs`. */
export function toList<T, R>(rows: T[], params: TListParams, url: string, serialize: (row: T) => R) {
  const backwards = params.ending_before !== undefined && params.starting_after === undefined;
  const hasMore = rows.length > params.limit;
  const page = hasMore ? (backwards ? rows.slice(1) : rows.slice(0, params.limit)) : rows;
  return { object: 'list' as const, data: page.map(serialize), has_more: hasMore, url };
}
