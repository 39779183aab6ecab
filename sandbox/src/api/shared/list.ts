import { invalidRequest } from '../../http/api-error.js';
import type { Params } from '../../http/params.js';

export const LIST_PARAMS = ['limit', 'starting_after', 'ending_before', 'created', 'expand'] as const;

interface Listed {
  id: string;
  created: number;
}

/**
 * Stripe list semantics over records newest-first: `limit` (1–100, default 10), cursor ids in
 * `starting_after` / `ending_before`, `created` as a number or a gt/gte/lt/lte range.
 */
export function paginate<T extends Listed>(newestFirst: T[], params: Params, url: string, kind: string) {
  const limit = params.integer('limit') ?? 10;
  if (limit < 1 || limit > 100) {
    throw invalidRequest('Invalid limit: must be between 1 and 100', { param: 'limit' });
  }
  const startingAfter = params.string('starting_after');
  const endingBefore = params.string('ending_before');
  if (startingAfter && endingBefore) {
    throw invalidRequest('You may only specify one of these parameters: ending_before, starting_after.');
  }
  const items = filterCreated(newestFirst, params);
  const cursorIndex = (id: string, param: string) => {
    const index = items.findIndex((item) => item.id === id);
    if (index === -1) {
      throw invalidRequest(`No such ${kind}: '${id}'`, { code: 'resource_missing', param });
    }
    return index;
  };
  let page: T[];
  let hasMore: boolean;
  if (endingBefore) {
    const end = cursorIndex(endingBefore, 'ending_before');
    const start = Math.max(0, end - limit);
    page = items.slice(start, end);
    hasMore = start > 0;
  } else {
    const start = startingAfter ? cursorIndex(startingAfter, 'starting_after') + 1 : 0;
    page = items.slice(start, start + limit);
    hasMore = start + limit < items.length;
  }
  return { object: 'list' as const, data: page, has_more: hasMore, url };
}

function filterCreated<T extends Listed>(items: T[], params: Params): T[] {
  if (!params.has('created')) return items;
  const raw = params.raw.created;
  if (typeof raw !== 'object' || raw === null) {
    const exact = params.integer('created');
    return exact === null || exact === undefined ? items : items.filter((i) => i.created === exact);
  }
  const range = params.object('created');
  if (!range) return items;
  range.allowOnly(['gt', 'gte', 'lt', 'lte']);
  const gt = range.integer('gt');
  const gte = range.integer('gte');
  const lt = range.integer('lt');
  const lte = range.integer('lte');
  return items.filter(
    (i) =>
      (gt == null || i.created > gt) &&
      (gte == null || i.created >= gte) &&
      (lt == null || i.created < lt) &&
      (lte == null || i.created <= lte),
  );
}

/** A Map's values, newest first. */
export const newestFirst = <T>(map: Map<string, T>): T[] => Array.from(map.values()).reverse();
