import { looksLikeId } from '@/lib/ids/looks-like-id';
import type { PageCursor } from './keyset-page';
import { firstParam, type SearchParams } from './search-params';

/** The list position in `?after=` / `?before=`; a malformed one is ignored (first page) with a note. */
export function parsePageCursor(params: SearchParams, ignored: string[]): PageCursor {
  for (const direction of ['after', 'before'] as const) {
    const value = firstParam(params, direction);
    if (value === undefined) continue;
    if (looksLikeId(value)) return { direction, id: value };
    ignored.push('The page position in the address was not valid, so the list starts from the newest.');
    break;
  }
  return { direction: 'first' };
}
