import { z } from 'zod';

/** The body of POSTs that take no parameters: empty, or `{}`; any field is `parameter_unknown`. */
export const ZEmptyBody = z.strictObject({});
