import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toMinorUnits } from './to-minor-units';

test('major units become minor units by the currency exponent', () => {
  assert.equal(toMinorUnits('12.5', 'usd'), 1250);
  assert.equal(toMinorUnits('12,50', 'eur'), 1250);
  assert.equal(toMinorUnits('12', 'jpy'), 12);
  assert.equal(toMinorUnits('1.234', 'kwd'), 1234);
  assert.equal(toMinorUnits(' 0.01 ', 'usd'), 1);
});

test('digits finer than the minor unit are refused, or rounded for range bounds', () => {
  assert.equal(toMinorUnits('12.345', 'usd'), null);
  assert.equal(toMinorUnits('12.345', 'usd', 'up'), 1235);
  assert.equal(toMinorUnits('12.345', 'usd', 'down'), 1234);
  assert.equal(toMinorUnits('12.5', 'jpy', 'up'), 13);
  assert.equal(toMinorUnits('12.50', 'jpy'), null);
  assert.equal(toMinorUnits('12.000', 'usd'), 1200);
});

test('anything that is not a plain amount is null', () => {
  for (const input of ['', 'abc', '-5', '1e3', '1.2.3', '$5', '12.'])
    assert.equal(toMinorUnits(input, 'usd'), null, input);
});
