import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-problem';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};

test('clean input of any ordinary shape has no problem', () => {
  assert.equal(findInputProblem({ name: 'Café ☕ 😀', n: 1, list: [null, true, { k: 'v' }] }), null);
  assert.equal(findInputProblem(nested(MAX_INPUT_DEPTH)), null);
});

test('a NUL character or a lone surrogate in a value or a key is named by its dotted path', () => {
  assert.deepEqual(findInputProblem({ line_items: [{ name: 'a\u0000b' }] }), {
    param: 'line_items.0.name',
    kind: 'nul_character',
    message: 'Invalid line_items.0.name: must not contain the NUL character (\\u0000).',
  });
  assert.equal(findInputProblem({ metadata: { 'k\u0000': 'v' } })?.param, 'metadata.k');
  assert.equal(findInputProblem({ metadata: { note: 'x\ud800' } })?.kind, 'ill_formed_unicode');
  assert.equal(findInputProblem({ metadata: { note: 'x\ud800' } })?.param, 'metadata.note');
  assert.equal(findInputProblem({ metadata: { ['\udc00']: 'v' } })?.kind, 'ill_formed_unicode');
  assert.equal(findInputProblem('\ud83d')?.param, '');
});

test('the first problem in document order is the one reported', () => {
  assert.equal(findInputProblem({ a: 'ok', b: ['fine', 'bad\u0000'], c: 'x\ud800' })?.param, 'b.1');
});

test('nesting deeper than the limit is refused without recursion, even 100,000 levels deep', () => {
  assert.equal(findInputProblem(nested(MAX_INPUT_DEPTH + 1))?.kind, 'too_deep');
  const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
  assert.equal(findInputProblem(deep)?.kind, 'too_deep');
});
