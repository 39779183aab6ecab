import { z } from 'zod';
import { isObjectId, OBJECT_NAMES, type ObjectKind } from './object-ids';

/** A form or action field holding an id of `kind`; any other shape fails validation before a query. */
export function zObjectId(kind: ObjectKind) {
  return z.string().refine((id) => isObjectId(kind, id), `is not a ${OBJECT_NAMES[kind]} id`);
}
