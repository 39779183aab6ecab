import type { z } from 'zod';

/** One endpoint of the merchant API as the OpenAPI document and the /docs/api page describe it. */
export type OperationSpec = {
  method: 'get' | 'post' | 'delete' | 'patch';
  /** OpenAPI path with `{name}` parameters, e.g. `/api/v1/checkout/sessions/{id}`. */
  path: string;
  /** Groups operations in the reference: "Checkout sessions", "Payments", "Webhook endpoints", ... */
  tag: string;
  summary: string;
  description?: string;
  /** Path parameters: name → description. */
  pathParams?: Record<string, string>;
  /** The zod schema of the query string (list filters): the same one the handler parses. */
  query?: z.ZodObject;
  /** The zod schema of the JSON body: the same one the handler parses. */
  body?: z.ZodType;
  requestExample?: unknown;
  /** Success status (default 200), what it returns and an example. */
  status?: number;
  responseDescription: string;
  responseExample: unknown;
  /** Error codes this operation can answer beyond the ones every operation can (auth, rate limit, ...). */
  errors?: string[];
};

const holder = globalThis as typeof globalThis & { tillpointOpenApi?: Map<string, OperationSpec> };

/** Adds (or replaces) an operation in the API reference. Call it at the top level of a module listed in `openapi-modules.ts`. */
export function registerOperation(operation: OperationSpec): void {
  holder.tillpointOpenApi ??= new Map();
  holder.tillpointOpenApi.set(`${operation.method} ${operation.path}`, operation);
}

/** Every registered operation, in registration order. */
export function registeredOperations(): OperationSpec[] {
  return [...(holder.tillpointOpenApi?.values() ?? [])];
}
