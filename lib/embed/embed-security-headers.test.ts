import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSecurityHeaders, parseEmbedPath } from './embed-security-headers';

const session = 'cs_4fJ2kQ9xZrT1mN8pL3vB6wYc';

test('embed paths name a session and the checkout or its 3-D Secure return page', () => {
  assert.deepEqual(parseEmbedPath(`/embed/${session}`), { sessionId: session, kind: 'checkout' });
  assert.deepEqual(parseEmbedPath(`/embed/${session}/complete`), { sessionId: session, kind: 'challenge-return' });
  for (const other of [
    '/embed',
    '/embed/',
    '/embed/cs_short',
    `/embed/${session}/other`,
    `/c/${session}`,
    '/embed.js',
  ]) {
    assert.equal(parseEmbedPath(other), null, other);
  }
});

test('the checkout may be framed by its embed origin only, with the payment feature delegated to it', () => {
  assert.deepEqual(embedSecurityHeaders('https://shop.example.com', 'checkout'), {
    'Content-Security-Policy': 'frame-ancestors https://shop.example.com',
    'Permissions-Policy': 'payment=(self "https://shop.example.com")',
  });
});

test('the 3-D Secure return page may be framed only inside that checkout (every ancestor is checked)', () => {
  assert.deepEqual(embedSecurityHeaders('https://shop.example.com', 'challenge-return'), {
    'Content-Security-Policy': "frame-ancestors 'self' https://shop.example.com",
  });
});

test('without an allowed origin nobody may frame it', () => {
  for (const kind of ['checkout', 'challenge-return'] as const) {
    assert.deepEqual(embedSecurityHeaders(null, kind), {
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
  }
});
