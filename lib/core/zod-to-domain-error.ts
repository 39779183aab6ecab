import type { z } from 'zod';
import { domainError, type DomainError } from './domain-error';

/** A request parameter path as Tillpoint names it: dotted, array indexes as numbers (`line_items.0.unit_amount`). */
export function paramPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Turns the first zod issue into a refusal naming the parameter: unknown, missing or invalid. */
export function zodToDomainError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  if (!issue) return domainError('parameter_invalid', 'Invalid request.');
  if (issue.code === 'unrecognized_keys') {
    const param = paramPath([...issue.path, issue.keys[0] ?? '']);
    return domainError('parameter_unknown', `Received unknown parameter: ${param}`, param);
  }
  const param = paramPath(issue.path);
  // zod 4 does not keep the input on issues by default; its type message says what it received.
  const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  if (missing) return domainError('parameter_missing', `Missing required param: ${param}`, param);
  // A parameter required only in some cases (a refinement says so with `params: { missing: true }`).
  if (issue.code === 'custom' && issue.params?.missing === true)
    return domainError('parameter_missing', `Missing required param: ${param} (${issue.message})`, param);
  return domainError(
    'parameter_invalid',
    param ? `Invalid ${param}: ${issue.message}` : issue.message,
    param || undefined,
  );
}
