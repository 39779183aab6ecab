import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { clientIp } from './client-ip';
import { resolveClientIp } from './resolve-client-ip';
import { installPeerHeader, PEER_HEADER } from './socket-peer';
import { compileTrustedProxies } from '@/lib/env/trusted-proxies';

const none = compileTrustedProxies(undefined);
const edge = compileTrustedProxies('10.0.0.0/8, 192.0.2.7');

test('without trusted proxies the socket address is the client, whatever X-Forwarded-For says', () => {
  assert.equal(resolveClientIp('203.0.113.9', '1.1.1.1, 2.2.2.2', none), '203.0.113.9');
  assert.equal(resolveClientIp('::ffff:127.0.0.1', '9.9.9.9', none), '127.0.0.1');
});

test('the chain is walked right to left, skipping only trusted proxies', () => {
  assert.equal(resolveClientIp('10.1.2.3', '198.51.100.4', edge), '198.51.100.4');
  assert.equal(resolveClientIp('10.1.2.3', 'spoofed, 198.51.100.4, 192.0.2.7', edge), '198.51.100.4');
  assert.equal(resolveClientIp('203.0.113.9', '198.51.100.4', edge), '203.0.113.9', 'an untrusted peer is the client');
  assert.equal(resolveClientIp('10.1.2.3', '10.0.0.1, 10.9.9.9', edge), '10.0.0.1', 'all trusted: the leftmost hop');
});

test('a bad TRUSTED_PROXIES entry is refused', () => {
  assert.throws(() => compileTrustedProxies('10.0.0.0/33'));
  assert.throws(() => compileTrustedProxies('proxy.example.com'));
});

test('over a real socket a client cannot choose its address by X-Forwarded-For or the peer header', async () => {
  installPeerHeader();
  const server = createServer((request, response) => {
    const headers = new Headers(
      Object.entries(request.headers).map(([name, value]): [string, string] => [name, String(value)]),
    );
    response.end(clientIp(headers, none));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const answer = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { 'x-forwarded-for': '198.51.100.77', [PEER_HEADER]: '198.51.100.78' },
    });
    assert.equal(await answer.text(), '127.0.0.1');
  } finally {
    server.close();
  }
});

test('without the socket hook every request shares one key rather than trusting headers', () => {
  const holder = globalThis as typeof globalThis & { tillpointPeerHeader?: boolean };
  const installed = holder.tillpointPeerHeader;
  holder.tillpointPeerHeader = false;
  try {
    assert.equal(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4', [PEER_HEADER]: '5.6.7.8' }), none), 'unknown');
  } finally {
    holder.tillpointPeerHeader = installed;
  }
});
