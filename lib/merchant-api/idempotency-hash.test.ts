import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, idempotencyRequestHash } from './idempotency-hash';

test('key order and whitespace do not change a request hash; values, path and method do', () => {
  const a = idempotencyRequestHash('POST', '/api/v1/checkout/sessions', JSON.parse('{"a":1,"b":{"y":[1,2],"x":"s"}}'));
  const b = idempotencyRequestHash(
    'post',
    '/api/v1/checkout/sessions',
    JSON.parse('{ "b": { "x": "s", "y": [1, 2] }, "a": 1 }'),
  );
  assert.equal(a, b);
  assert.notEqual(a, idempotencyRequestHash('POST', '/api/v1/checkout/sessions', { a: 2, b: { x: 's', y: [1, 2] } }));
  assert.notEqual(a, idempotencyRequestHash('POST', '/api/v1/api_keys', { a: 1, b: { x: 's', y: [1, 2] } }));
  assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
});
