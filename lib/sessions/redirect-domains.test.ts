import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRedirectHostAllowed } from './redirect-domains';

test('redirect hosts must be an allowed domain or its subdomain once the list is set', () => {
  const domains = ['shop.example.com'];
  assert.equal(isRedirectHostAllowed('https://evil.example/x', [], false), true);
  assert.equal(isRedirectHostAllowed('https://shop.example.com/thanks?s={CHECKOUT_SESSION_ID}', domains, false), true);
  assert.equal(isRedirectHostAllowed('https://eu.shop.example.com/', domains, false), true);
  assert.equal(isRedirectHostAllowed('https://evilshop.example.com/', domains, false), false);
  assert.equal(isRedirectHostAllowed('https://shop.example.com.evil.example/', domains, false), false);
  assert.equal(isRedirectHostAllowed('http://localhost:3000/', domains, true), true);
  assert.equal(isRedirectHostAllowed('http://localhost:3000/', domains, false), false);
});
