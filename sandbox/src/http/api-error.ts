/** Stripe-shaped API errors: one class, thrown by handlers, rendered by respond.ts. */
export type ErrorType = 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error';

export interface ErrorExtras {
  code?: string;
  declineCode?: string | null;
  param?: string | null;
  paymentIntent?: unknown;
  paymentMethod?: unknown;
  charge?: string | null;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly extras: ErrorExtras = {},
  ) {
    super(message);
  }

  /** The `{ error: {...} }` body; key order follows Stripe's responses. */
  toBody(requestId: string, nowSeconds: number): { error: Record<string, unknown> } {
    const { code, declineCode, param, paymentIntent, paymentMethod, charge } = this.extras;
    const error: Record<string, unknown> = {};
    if (charge) error.charge = charge;
    if (code) error.code = code;
    if (declineCode) error.decline_code = declineCode;
    if (code) error.doc_url = `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
    error.message = this.message;
    if (param) error.param = param;
    if (paymentIntent) error.payment_intent = paymentIntent;
    if (paymentMethod) error.payment_method = paymentMethod;
    error.request_log_url = `https://dashboard.stripe.com/test/logs/${requestId}?t=${nowSeconds}`;
    error.type = this.type;
    return { error };
  }
}

export const invalidRequest = (message: string, extras: ErrorExtras = {}) =>
  new ApiError(400, 'invalid_request_error', message, extras);

export const parameterUnknown = (param: string) =>
  invalidRequest(`Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });

export const parameterMissing = (param: string) =>
  invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param });

export const parameterEmpty = (param: string) =>
  invalidRequest(
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    { code: 'parameter_invalid_empty', param },
  );

export const resourceMissing = (kind: string, id: string, param: string, status = 404) =>
  new ApiError(status, 'invalid_request_error', `No such ${kind}: '${id}'`, {
    code: 'resource_missing',
    param,
  });

export const unexpectedState = (message: string, paymentIntent?: unknown) =>
  invalidRequest(message, { code: 'payment_intent_unexpected_state', paymentIntent });

export const unrecognizedUrl = (method: string, path: string) =>
  new ApiError(
    404,
    'invalid_request_error',
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  );

export const authenticationError = (message: string) => new ApiError(401, 'invalid_request_error', message);
