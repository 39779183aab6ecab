import { findInputProblem } from '@/lib/http/input-problem';
import { BodyTooLarge, readLimitedBody } from '@/lib/http/read-limited-body';
import { apiError } from './api-error';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request's body as text, refusing more than 1 MB (413) before it is all buffered. */
export async function readRequestBody(request: Request): Promise<string> {
  try {
    return (await readLimitedBody(request, MAX_BODY_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLarge) throw apiError('body_too_large', 'Request bodies are limited to 1 MB.');
    throw error;
  }
}

/**
 * Parses a JSON object body; an empty body is `{}`. Anything but a JSON object is a 400 (or 415 for another
 * content type), and so is one nested deeper than 32 levels or holding a NUL character or a lone surrogate.
 */
export function parseJsonBody(text: string, contentType: string | null): unknown {
  if (text.trim() === '') return {};
  if (contentType && !/^application\/json\b/i.test(contentType)) {
    throw apiError('unsupported_content_type', 'Send the request body as JSON with Content-Type: application/json.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw apiError('invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw apiError('invalid_json', 'The request body must be a JSON object.');
  refuseInputProblem(value);
  return value;
}

/** Client input (a body, a query) that PostgreSQL or a recursive walk would fail on is a 400 naming the parameter. */
export function refuseInputProblem(input: unknown): void {
  const problem = findInputProblem(input);
  if (problem === null) return;
  if (problem.kind === 'too_deep') throw apiError('invalid_json', problem.message, problem.param || undefined);
  throw apiError('parameter_invalid', problem.message, problem.param || undefined);
}
