import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientIp } from './client-ip';

test('the client IP is the rightmost X-Forwarded-For entry, then X-Real-IP', () => {
  assert.equal(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.2' })), '10.0.0.2');
  assert.equal(clientIp(new Headers({ 'x-real-ip': '2.2.2.2' })), '2.2.2.2');
  assert.equal(clientIp(new Headers()), 'unknown');
});
