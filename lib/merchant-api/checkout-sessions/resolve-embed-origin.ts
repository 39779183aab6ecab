import { apiError } from '../api-error';

/**
 * The origin an embedded session is framed by: the requested one when the account allows it, else the
 * account's only allowed origin. Refuses with a 400 naming the parameter when neither applies.
 */
export function resolveEmbedOrigin(requested: string | undefined, allowed: readonly string[]): string {
  if (allowed.length === 0) {
    throw apiError(
      'embedding_not_enabled',
      'Embedded checkout is not enabled for this account: add your site to allowed_embed_origins with POST /api/v1/account first.',
      'ui_mode',
    );
  }
  if (requested === undefined) {
    if (allowed.length === 1) return allowed[0]!;
    throw apiError(
      'parameter_missing',
      `Missing required param: embed_origin (the account allows several embed origins: ${allowed.join(', ')})`,
      'embed_origin',
    );
  }
  if (!allowed.includes(requested)) {
    throw apiError(
      'embed_origin_not_allowed',
      `embed_origin must be one of the account's allowed_embed_origins (${allowed.join(', ')}).`,
      'embed_origin',
    );
  }
  return requested;
}
