import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createThreeDSecureToken, verifyThreeDSecureToken } from './three-d-secure-token';

const payment = 'pay_AAAAAAAAAAAAAAAAAAAAAAAA';

test('an action token opens its own payment until it expires', () => {
  const token = createThreeDSecureToken('secret', payment, 0, 60);
  assert.equal(verifyThreeDSecureToken('secret', payment, token, 59_000), true);
  assert.equal(verifyThreeDSecureToken('secret', payment, token, 60_000), false);
});

test('a token for another payment, another secret, or edited is refused', () => {
  const token = createThreeDSecureToken('secret', payment, 0, 60);
  assert.equal(verifyThreeDSecureToken('secret', 'pay_BBBBBBBBBBBBBBBBBBBBBBBB', token, 0), false);
  assert.equal(verifyThreeDSecureToken('other', payment, token, 0), false);
  const [expires, signature] = token.split('.');
  assert.equal(verifyThreeDSecureToken('secret', payment, `${Number(expires) + 1000}.${signature}`, 0), false);
  assert.equal(verifyThreeDSecureToken('secret', payment, 'garbage', 0), false);
});
