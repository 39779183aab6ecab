import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZApiUpdateAccount, ZEmbedOrigin } from './account-schemas';

test('embed origins are exact https origins, or http on a local host', () => {
  assert.equal(ZEmbedOrigin.parse('https://Shop.Example.com'), 'https://shop.example.com');
  assert.equal(ZEmbedOrigin.parse('https://shop.example.com:8443'), 'https://shop.example.com:8443');
  assert.equal(ZEmbedOrigin.parse('http://localhost:3001'), 'http://localhost:3001');
  for (const bad of [
    'http://shop.example.com',
    'https://shop.example.com/',
    'https://shop.example.com/cart',
    'shop.example.com',
    'https://u:p@shop.example.com',
    'javascript:alert(1)',
    '*',
  ]) {
    assert.equal(ZEmbedOrigin.safeParse(bad).success, false, bad);
  }
});

test('an embed origin names one site: wildcards, bare top-level domains and odd hosts are refused', () => {
  for (const bad of [
    'https://*',
    'https://*.com',
    'https://*.example.com',
    'https://com',
    'https://shop_x.example.com',
    'https://%2A.example.com',
    'https://shop.example.123',
  ]) {
    assert.equal(ZEmbedOrigin.safeParse(bad).success, false, bad);
  }
  assert.equal(ZEmbedOrigin.parse('https://203.0.113.7'), 'https://203.0.113.7');
  assert.equal(ZEmbedOrigin.parse('https://xn--caf-dma.example'), 'https://xn--caf-dma.example');
  assert.equal(ZEmbedOrigin.parse('http://[::1]:3001'), 'http://[::1]:3001');
});

test('brand colour is #rrggbb (stored lower case) or null to reset', () => {
  assert.equal(ZApiUpdateAccount.parse({ brand_color: '#14532D' }).brand_color, '#14532d');
  assert.equal(ZApiUpdateAccount.parse({ brand_color: null }).brand_color, null);
  assert.equal(ZApiUpdateAccount.safeParse({ brand_color: 'green' }).success, false);
});
