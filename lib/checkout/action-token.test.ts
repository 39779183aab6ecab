import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActionToken, verifyActionToken } from './action-token';

const payment = 'pay_AAAAAAAAAAAAAAAAAAAAAAAA';

test('an action token opens its own payment until it expires', () => {
  const token = createActionToken('secret', payment, 0, 60);
  assert.equal(verifyActionToken('secret', payment, token, 59_000), true);
  assert.equal(verifyActionToken('secret', payment, token, 60_000), false);
});

test('a token for another payment, another secret, or edited is refused', () => {
  const token = createActionToken('secret', payment, 0, 60);
  assert.equal(verifyActionToken('secret', 'pay_BBBBBBBBBBBBBBBBBBBBBBBB', token, 0), false);
  assert.equal(verifyActionToken('other', payment, token, 0), false);
  const [expires, signature] = token.split('.');
  assert.equal(verifyActionToken('secret', payment, `${Number(expires) + 1000}.${signature}`, 0), false);
  assert.equal(verifyActionToken('secret', payment, 'garbage', 0), false);
});
