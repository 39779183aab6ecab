import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from './api-error';
import { parseJsonBody } from './read-request-body';

const errorOf = (text: string) => {
  try {
    parseJsonBody(text, 'application/json');
    return null;
  } catch (error) {
    return error instanceof ApiError ? { status: error.status, code: error.code, param: error.param ?? null } : error;
  }
};

test('a NUL character anywhere in the body is a 400 naming the parameter (PostgreSQL cannot store it)', () => {
  assert.deepEqual(errorOf(JSON.stringify({ line_items: [{ name: 'a\u0000b' }] })), {
    status: 400,
    code: 'parameter_invalid',
    param: 'line_items.0.name',
  });
  assert.deepEqual(errorOf(JSON.stringify({ metadata: { 'k\u0000': 'v' } })), {
    status: 400,
    code: 'parameter_invalid',
    param: 'metadata.k',
  });
  assert.equal(errorOf(JSON.stringify({ name: 'Café ☕ "ok"', n: 1, list: [null, true] })), null);
});

test('bodies that are not a JSON object are refused', () => {
  assert.equal((errorOf('[1]') as { code: string }).code, 'invalid_json');
  assert.equal((errorOf('{') as { code: string }).code, 'invalid_json');
  assert.deepEqual(parseJsonBody('  ', null), {});
});

test('a NUL character in a query parameter is a 400 too', async () => {
  const { queryOf } = await import('@/lib/merchant-api/query-of');
  assert.deepEqual(queryOf(new Request('http://x/api/v1/payments?limit=5&status=succeeded')), {
    limit: '5',
    status: 'succeeded',
  });
  assert.throws(
    () => queryOf(new Request('http://x/api/v1/payments?starting_after=pay_%00')),
    (error) => error instanceof ApiError && error.param === 'starting_after',
  );
});
