import type { z } from 'zod';
import { apiError, type ApiError } from './api-error';

/** A request parameter path as Tillpoint names it: dotted, array indexes as numbers (`line_items.0.unit_amount`). */
export function paramPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Turns the first zod issue into a 400 naming the parameter: unknown, missing or invalid. */
export function zodToApiError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return apiError('parameter_invalid', 'Invalid request.');
  if (issue.code === 'unrecognized_keys') {
    const param = paramPath([...issue.path, issue.keys[0] ?? '']);
    return apiError('parameter_unknown', `Received unknown parameter: ${param}`, param);
  }
  const param = paramPath(issue.path);
  // zod 4 does not keep the input on issues by default; its type message says what it received.
  const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  if (missing) return apiError('parameter_missing', `Missing required param: ${param}`, param);
  // A parameter required only in some cases (a refinement says so with `params: { missing: true }`).
  if (issue.code === 'custom' && issue.params?.missing === true)
    return apiError('parameter_missing', `Missing required param: ${param} (${issue.message})`, param);
  return apiError(
    'parameter_invalid',
    param ? `Invalid ${param}: ${issue.message}` : issue.message,
    param || undefined,
  );
}
