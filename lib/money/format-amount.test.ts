import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount } from './format-amount';

test('formats minor units with the currency and the locale', () => {
  assert.equal(formatAmount(1999, 'usd', 'en-US'), '$19.99');
  assert.equal(formatAmount(1999, 'eur', 'de-DE'), '19,99\u00a0€');
  assert.equal(formatAmount(500, 'jpy', 'ja-JP'), '￥500');
  assert.equal(formatAmount(12345, 'kwd', 'en-US'), 'KWD\u00a012.345');
});

test('an unknown locale falls back to en-US instead of throwing', () => {
  assert.equal(formatAmount(100, 'gbp', 'not a locale!'), '£1.00');
});
