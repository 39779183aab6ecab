import { pathOfNulCharacter } from '@/lib/http/nul-character';
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

/** Parses a JSON object body; an empty body is `{}`. Anything but a JSON object is a 400 (or 415 for another content type). */
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw apiError('invalid_json', 'The request body must be a JSON object.');
  const nul = pathOfNulCharacter(value);
  if (nul !== null) throw apiError('parameter_invalid', `Invalid ${nul || 'request body'}: must not contain the NUL character (\\u0000).`, nul || undefined);
  return value;
}

