import { z } from 'zod';

export const MAX_ROLL_GRACE_SECONDS = 7 * 24 * 60 * 60;

/** `POST /api/v1/api_keys` */
export const ZApiCreateApiKey = z.strictObject({
  name: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .optional()
    .describe('A label for the key ("Production server"); shown in lists, never secret.'),
});

export const ZApiRollApiKey = z.strictObject({
  expires_in: z
    .number()
    .int('must be a whole number of seconds')
    .min(0, 'must be at least 0')
    .max(MAX_ROLL_GRACE_SECONDS, 'must be at most 7 days (604800 seconds)')
    .optional()
    .describe('Seconds the old key keeps working (grace period). Default 0: revoked at once.'),
});
