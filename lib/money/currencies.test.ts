import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  amountStep,
  amountStepProblem,
  isSupportedCurrency,
  MAX_AMOUNT,
  minimumAmount,
  minorUnitDigits,
  SUPPORTED_CURRENCIES,
} from './currencies';

test('Tillpoint accepts the currencies of its table, in lower case only', () => {
  assert.equal(SUPPORTED_CURRENCIES.length, 53);
  assert.ok(isSupportedCurrency('usd'));
  assert.ok(isSupportedCurrency('kwd'));
  assert.ok(!isSupportedCurrency('USD'));
  assert.ok(!isSupportedCurrency('xyz'));
  assert.equal(MAX_AMOUNT, 99_999_999);
});

test('decimals, steps and minimums follow Stripe: zero-decimal, three-decimal and whole-unit currencies', () => {
  assert.deepEqual(
    ['jpy', 'usd', 'kwd', 'huf'].map((c) => [minorUnitDigits(c), amountStep(c), minimumAmount(c)]),
    [
      [0, 1, 50],
      [2, 1, 50],
      [3, 10, 500],
      [2, 100, 17500],
    ],
  );
  assert.equal(minimumAmount('isk'), 100);
});

test('amounts off the step are refused with the reason (KWD 12.345, HUF 12.34)', () => {
  assert.equal(amountStepProblem(12340, 'kwd'), null);
  assert.match(amountStepProblem(12345, 'kwd') ?? '', /multiple of 10: KWD/);
  assert.match(amountStepProblem(1234, 'huf') ?? '', /multiple of 100: HUF is charged in whole units only/);
  assert.equal(amountStepProblem(1234, 'usd'), null);
});
