import { isObjectId, type ObjectKind } from '@/lib/ids/object-ids';
import type { PageCursor } from './keyset-page';
import { firstParam, type SearchParams } from './search-params';

/** The list position in `?after=` / `?before=` (an id of `kind`); a malformed one is ignored (first page) with a note. */
export function parsePageCursor(params: SearchParams, ignored: string[], kind: ObjectKind): PageCursor {
  for (const direction of ['after', 'before'] as const) {
    const value = firstParam(params, direction);
    if (value === undefined) continue;
    if (isObjectId(kind, value)) return { direction, id: value };
    ignored.push('The page position in the address was not valid, so the list starts from the newest.');
    break;
  }
  return { direction: 'first' };
}
