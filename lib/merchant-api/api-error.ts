import { DomainError, type DomainErrorCode } from '@/lib/core/domain-error';

export type ApiErrorType =
  'invalid_request_error' | 'authentication_error' | 'rate_limit_error' | 'idempotency_error' | 'api_error';

/** A merchant API error: a domain error with its HTTP status, Stripe-style type and response headers. */
export class ApiError extends DomainError {
  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    code: DomainErrorCode,
    message: string,
    param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, param);
    this.name = 'ApiError';
  }

  toJSON() {
    return { error: { type: this.type, code: this.code, message: this.message, param: this.param ?? null } };
  }
}

/** The one table from error code to HTTP status for errors whose status follows from the code. */
export const API_ERROR_STATUS = {
  parameter_invalid: 400,
  parameter_missing: 400,
  parameter_unknown: 400,
  invalid_json: 400,
  unsupported_content_type: 415,
  body_too_large: 413,
  resource_missing: 404,
  route_not_found: 404,
  invalid_state: 400,
  url_not_allowed: 400,
  endpoint_limit_reached: 400,
  embedding_not_enabled: 400,
  embed_origin_not_allowed: 400,
  payment_not_requires_action: 400,
  cannot_revoke_current_key: 400,
  payment_not_refundable: 400,
  amount_too_large: 400,
  refund_failed: 402,
  payment_not_capturable: 400,
  payment_already_captured: 400,
  payment_not_cancelable: 400,
  api_key_missing: 401,
  api_key_invalid: 401,
  api_key_revoked: 401,
  rate_limited: 429,
  idempotency_key_invalid: 400,
  idempotency_key_reused: 400,
  idempotency_key_in_use: 409,
  internal_error: 500,
} as const satisfies Record<DomainErrorCode, number>;

const TYPE_OF: Partial<Record<DomainErrorCode, ApiErrorType>> = {
  api_key_missing: 'authentication_error',
  api_key_invalid: 'authentication_error',
  api_key_revoked: 'authentication_error',
  rate_limited: 'rate_limit_error',
  idempotency_key_invalid: 'idempotency_error',
  idempotency_key_reused: 'idempotency_error',
  idempotency_key_in_use: 'idempotency_error',
  internal_error: 'api_error',
};

/** Builds an ApiError whose status and type come from the code table. */
export function apiError(
  code: DomainErrorCode,
  message: string,
  param?: string,
  headers?: Record<string, string>,
): ApiError {
  return new ApiError(API_ERROR_STATUS[code], TYPE_OF[code] ?? 'invalid_request_error', code, message, param, headers);
}

/** The API's view of a domain refusal: status and type from the code table. */
export function toApiError(error: DomainError): ApiError {
  return error instanceof ApiError ? error : apiError(error.code, error.message, error.param);
}

export function notFound(kind: string, id: string, param = 'id'): ApiError {
  return apiError('resource_missing', `No such ${kind}: '${id}'`, param);
}
