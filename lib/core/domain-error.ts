/** Every code a domain refusal can carry; the edges (API, dashboard, server actions) decide how each is shown. */
export type DomainErrorCode =
  | 'parameter_invalid'
  | 'parameter_missing'
  | 'parameter_unknown'
  | 'invalid_json'
  | 'unsupported_content_type'
  | 'body_too_large'
  | 'resource_missing'
  | 'route_not_found'
  | 'invalid_state'
  | 'url_not_allowed'
  | 'endpoint_limit_reached'
  | 'embedding_not_enabled'
  | 'embed_origin_not_allowed'
  | 'payment_not_requires_action'
  | 'cannot_revoke_current_key'
  | 'payment_not_refundable'
  | 'amount_too_large'
  | 'refund_failed'
  | 'payment_not_capturable'
  | 'payment_already_captured'
  | 'payment_not_cancelable'
  | 'api_key_missing'
  | 'api_key_invalid'
  | 'api_key_revoked'
  | 'rate_limited'
  | 'idempotency_key_invalid'
  | 'idempotency_key_reused'
  | 'idempotency_key_in_use'
  | 'internal_error';

/** A refusal by the domain: a stable code, a message for people and the input parameter at fault. No HTTP. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function domainError(code: DomainErrorCode, message: string, param?: string): DomainError {
  return new DomainError(code, message, param);
}

export function notFound(kind: string, id: string, param = 'id'): DomainError {
  return new DomainError('resource_missing', `No such ${kind}: '${id}'`, param);
}
