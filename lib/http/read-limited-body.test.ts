import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BodyTooLarge, readLimitedBody } from './read-limited-body';

const MB = 1024 * 1024;

function endlessRequest(headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const request = new Request('http://x/hook', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

test('a declared Content-Length over the limit is refused before any byte is read', async () => {
  const { request, pulled } = endlessRequest({ 'content-length': String(2 * MB) });
  await assert.rejects(readLimitedBody(request, MB), BodyTooLarge);
  assert.ok(pulled() <= 1, 'at most the chunk the stream buffers by itself');
});

test('an endless stream is cut off just past the limit, never buffered whole', async () => {
  const { request, pulled } = endlessRequest();
  await assert.rejects(readLimitedBody(request, MB), BodyTooLarge);
  assert.ok(pulled() <= 20, `read ${pulled()} chunks of 64 KB`);
});

test('a body within the limit is read whole', async () => {
  const body = await readLimitedBody(new Request('http://x/', { method: 'POST', body: 'x'.repeat(1000) }), MB);
  assert.equal(body.length, 1000);
});
