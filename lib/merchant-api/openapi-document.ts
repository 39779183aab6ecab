import { z } from 'zod';
import { API_ERROR_STATUS } from './api-error';
import './openapi-modules';
import { registeredOperations, type OperationSpec } from './openapi-registry';

/** Errors any authenticated operation can answer. */
export const COMMON_ERRORS = [
  'api_key_missing',
  'api_key_invalid',
  'api_key_revoked',
  'rate_limited',
  'internal_error',
];
/** Errors any POST can answer because of its Idempotency-Key. */
export const IDEMPOTENCY_ERRORS = ['idempotency_key_invalid', 'idempotency_key_reused', 'idempotency_key_in_use'];

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The HTTP status of an error code (codes other modules register fall back to 400). */
export function errorStatus(code: string): number {
  return (API_ERROR_STATUS as Record<string, number>)[code] ?? 400;
}

/** All error codes an operation can answer, its own first. */
export function operationErrors(operation: OperationSpec): string[] {
  return [
    ...new Set([
      ...(operation.errors ?? []),
      ...(operation.method === 'post' ? IDEMPOTENCY_ERRORS : []),
      ...COMMON_ERRORS,
    ]),
  ];
}

function parameters(operation: OperationSpec) {
  const path = Object.entries(operation.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }));
  const querySchema = operation.query ? jsonSchema(operation.query) : null;
  const required = new Set((querySchema?.required as string[] | undefined) ?? []);
  const query = Object.entries((querySchema?.properties as Record<string, JsonSchema> | undefined) ?? {}).map(
    ([name, schema]) => ({
      name,
      in: 'query',
      required: required.has(name),
      ...(typeof schema.description === 'string' && { description: schema.description }),
      schema,
    }),
  );
  const idempotency =
    operation.method === 'post'
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: 'Up to 255 characters. The first response is kept 24 hours and replayed for the same request.',
            schema: { type: 'string', maxLength: 255 },
          },
        ]
      : [];
  return [...path, ...query, ...idempotency];
}

function responses(operation: OperationSpec) {
  const byStatus = new Map<number, string[]>();
  for (const code of operationErrors(operation))
    byStatus.set(errorStatus(code), [...(byStatus.get(errorStatus(code)) ?? []), code]);
  const errors = Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      {
        description: codes.join(', '),
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/Error' },
            example: {
              error: {
                type: status === 401 ? 'authentication_error' : 'invalid_request_error',
                code: codes[0],
                message: '…',
                param: null,
              },
            },
          },
        },
      },
    ]),
  );
  return {
    [String(operation.status ?? 200)]: {
      description: operation.responseDescription,
      content: { 'application/json': { example: operation.responseExample } },
    },
    ...errors,
  };
}

/** The OpenAPI 3.1 document of the merchant API, built from the zod schemas the handlers validate with. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of registeredOperations()) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description && { description: operation.description }),
      operationId: `${operation.method}${operation.path
        .replace(/^\/api\/v1/, '')
        .replace(/[{}]/g, '')
        .replace(/[/_](\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: parameters(operation),
      ...(operation.body && {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: jsonSchema(operation.body),
              ...(operation.requestExample !== undefined && { example: operation.requestExample }),
            },
          },
        },
      }),
      responses: responses(operation),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tillpoint merchant API',
      version: '2026-11-01',
      description:
        'JSON in and out, authenticated with a secret key (`Authorization: Bearer sk_test_...`). Errors are `{ "error": { "type", "code", "message", "param" } }`; `param` names the request field at fault as a dotted path (`line_items.0.unit_amount`). Lists take `limit` (1–100, default 10), `starting_after` and `ending_before` (object ids) and answer `{ object: "list", data, has_more, url }`. Every POST accepts an `Idempotency-Key`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ secretKey: [] }],
    tags: [...new Set(registeredOperations().map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'A merchant secret key, sk_test_...' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['type', 'code', 'message'],
              properties: {
                type: {
                  enum: [
                    'invalid_request_error',
                    'authentication_error',
                    'rate_limit_error',
                    'idempotency_error',
                    'api_error',
                  ],
                },
                code: { type: 'string' },
                message: { type: 'string' },
                param: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
