import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../api-error';
import { resolveEmbedOrigin } from './resolve-embed-origin';

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ApiError);
    return { status: error.status, code: error.code, param: error.param, message: error.message };
  }
  assert.fail('expected a refusal');
}

test('the only allowed origin is the default; a requested one must be allowed', () => {
  assert.equal(resolveEmbedOrigin(undefined, ['https://shop.example']), 'https://shop.example');
  assert.equal(
    resolveEmbedOrigin('https://b.example', ['https://a.example', 'https://b.example']),
    'https://b.example',
  );
});

test('refusals are 400s that name the parameter and say what to do', () => {
  const off = refusal(() => resolveEmbedOrigin(undefined, []));
  assert.deepEqual(
    { ...off, message: undefined },
    { status: 400, code: 'embedding_not_enabled', param: 'ui_mode', message: undefined },
  );
  assert.match(off.message, /allowed_embed_origins/);
  const several = refusal(() => resolveEmbedOrigin(undefined, ['https://a.example', 'https://b.example']));
  assert.equal(several.code, 'parameter_missing');
  assert.equal(several.param, 'embed_origin');
  assert.match(several.message, /https:\/\/a\.example, https:\/\/b\.example/);
  const other = refusal(() => resolveEmbedOrigin('https://evil.example', ['https://a.example']));
  assert.deepEqual([other.status, other.code, other.param], [400, 'embed_origin_not_allowed', 'embed_origin']);
});
