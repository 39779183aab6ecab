import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, mock, test } from 'node:test';
import { postWebhook, type PostOptions } from './post-webhook';
import type { Resolver } from './resolve-target';

// A local receiver that records every request it gets. Nothing in this file connects anywhere else:
// refused targets are never contacted, and the one request aimed at a public address is stopped
// before its socket connects.
const hits: string[] = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_, res) => res.end('ok');
const server = createServer((req, res) => {
  hits.push(req.url ?? '');
  answer(req, res);
});
let port = 0;
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const base: PostOptions = { allowPrivateTargets: false, liveMode: false, timeoutMs: 2000, connectTimeoutMs: 1000 };
const post = (url: string, options: Partial<PostOptions> = {}) =>
  postWebhook(url, '{"id":"evt_1"}', { 'webhook-id': 'evt_1' }, { ...base, ...options });

/** A resolver whose answers change from call to call (the last one repeats), as a rebinding DNS server's do. */
function rebinding(...answers: string[][]) {
  const calls: string[] = [];
  const resolver: Resolver = async (hostname) => {
    calls.push(hostname);
    const addresses = answers[Math.min(calls.length, answers.length) - 1]!;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolver, calls };
}

test('local targets are refused without the operator setting, in any spelling, and never contacted', async () => {
  hits.length = 0;
  for (const host of [
    '127.0.0.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '127.1',
    '[::ffff:127.0.0.1]',
    'localhost',
  ]) {
    const outcome = await post(`https://${host}:${port}/hook`);
    assert.equal(outcome.ok, false, host);
    assert.equal(outcome.statusCode, null, host);
    assert.equal(outcome.responseExcerpt, null, host);
    assert.equal(outcome.responseHeaders, null, host);
    assert.match(outcome.error ?? '', /^refused: /, host);
  }
  const { resolver, calls } = rebinding(['127.0.0.1']);
  const named = await post(`https://hooks.example.test:${port}/hook`, { resolver });
  assert.equal(named.error, 'refused: hooks.example.test resolves to an address webhooks may not reach');
  assert.deepEqual(calls, ['hooks.example.test']);
  const mixed = rebinding(['93.184.215.14', '10.0.0.7']);
  assert.match(
    (await post(`https://mixed.example.test:${port}/hook`, { resolver: mixed.resolver })).error ?? '',
    /^refused: mixed\.example\.test resolves to/,
  );
  assert.deepEqual(hits, [], 'the receiver on 127.0.0.1 got nothing');
});

test('metadata and other forbidden addresses are refused even where local targets are allowed', async () => {
  for (const url of [
    'http://169.254.169.254/latest/meta-data/',
    'https://[fd00:ec2::254]/',
    'https://0.0.0.0/',
    'https://[::ffff:169.254.169.254]/',
  ]) {
    const outcome = await post(url, { allowPrivateTargets: url.includes('fd00') ? false : true });
    assert.match(outcome.error ?? '', /^refused: /, url);
    assert.equal(outcome.responseExcerpt, null);
  }
  const { resolver } = rebinding(['169.254.169.254']);
  assert.match(
    (await post('http://metadata.localhost/', { allowPrivateTargets: true, resolver })).error ?? '',
    /^refused: /,
  );
});

test('DNS rebinding cannot slip through: the connection uses the address that was checked, resolved once', async () => {
  // Allowed local receiver first, the metadata address on any later lookup: the request still reaches the receiver.
  hits.length = 0;
  const local = rebinding(['127.0.0.1'], ['169.254.169.254']);
  const delivered = await post(`http://receiver.localhost:${port}/pinned`, {
    allowPrivateTargets: true,
    resolver: local.resolver,
  });
  assert.equal(delivered.statusCode, 200);
  assert.equal(delivered.responseExcerpt, 'ok');
  assert.equal(delivered.responseHeaders?.['content-length'], '2', 'the answer’s headers are kept');
  assert.deepEqual(local.calls, ['receiver.localhost'], 'resolved once');
  assert.deepEqual(hits, ['/pinned']);

  // Public first, loopback later, local targets not allowed: the socket is asked to connect to the
  // public address (and stopped right there, before connecting).
  const remote = rebinding(['93.184.215.14'], ['127.0.0.1']);
  const asked: string[] = [];
  const original = https.request;
  const request = mock.method(https, 'request', (...args: Parameters<typeof https.request>) => {
    const req = original(...args);
    req.once('socket', (socket: Socket) =>
      socket.once('lookup', (_error: Error | null, address: string) => {
        asked.push(address);
        socket.destroy(new Error('stopped before connecting'));
      }),
    );
    return req;
  });
  try {
    const outcome = await post(`https://rebind.example.test:${port}/hook`, { resolver: remote.resolver });
    assert.deepEqual(asked, ['93.184.215.14']);
    assert.equal(outcome.error, 'stopped before connecting');
    assert.equal(outcome.responseExcerpt, null);
  } finally {
    request.mock.restore();
  }
  assert.deepEqual(remote.calls, ['rebind.example.test'], 'the later (loopback) answer was never asked for');
  assert.deepEqual(hits, ['/pinned'], 'nothing reached 127.0.0.1 the second time');
});

test('a redirect is not followed: the attempt fails with its status and the target of the redirect gets nothing', async () => {
  hits.length = 0;
  answer = (req, res) => {
    if (req.url === '/moved')
      res.writeHead(307, { location: `http://127.0.0.1:${port}/elsewhere` }).end('see elsewhere');
    else res.end('elsewhere');
  };
  try {
    const outcome = await post(`http://127.0.0.1:${port}/moved`, { allowPrivateTargets: true });
    assert.deepEqual(
      { ok: outcome.ok, statusCode: outcome.statusCode, error: outcome.error },
      { ok: false, statusCode: 307, error: 'HTTP 307 (redirects are not followed)' },
    );
    assert.deepEqual(hits, ['/moved']);
    assert.equal(outcome.responseHeaders?.location, `http://127.0.0.1:${port}/elsewhere`);
    assert.equal(outcome.responseExcerpt, 'see elsewhere');
  } finally {
    answer = (_, res) => res.end('ok');
  }
});

test('http goes only to local receivers: a localhost name resolving to a public address is refused over http, and in live mode http is refused', async () => {
  const { resolver } = rebinding(['93.184.215.14']);
  const outcome = await post('http://public.localhost/hook', { allowPrivateTargets: true, resolver });
  assert.equal(outcome.error, 'refused: http is only for local receivers, and public.localhost is not one');
  assert.match(
    (await post(`http://127.0.0.1:${port}/hook`, { allowPrivateTargets: true, liveMode: true })).error ?? '',
    /https URL \(live mode\)/,
  );
});

test('a resolver that never answers costs the connect timeout, not the whole attempt', async () => {
  const started = performance.now();
  const outcome = await post('https://slow-dns.example.test/hook', {
    resolver: () => new Promise(() => {}),
    connectTimeoutMs: 200,
  });
  assert.equal(outcome.error, 'could not connect within 200 ms');
  assert.ok(performance.now() - started < 1000);
});
