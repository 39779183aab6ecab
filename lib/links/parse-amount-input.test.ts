import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAmountInput } from './parse-amount-input';

test('amounts typed the usual ways become minor units of the currency', () => {
  const cases: [string, string, number][] = [
    ['25', 'usd', 2500],
    ['25.5', 'usd', 2550],
    ['25.50', 'usd', 2550],
    ['25,50', 'eur', 2550],
    ['25.', 'usd', 2500],
    ['.5', 'usd', 50],
    ['1,250.00', 'usd', 125_000],
    ['1.250,00', 'eur', 125_000],
    ['1,250', 'usd', 125_000],
    ['1 250,75', 'eur', 125_075],
    ["1'250.75", 'chf', 125_075],
    ['$ 12', 'usd', 1200],
    ['12 €', 'eur', 1200],
    ['1,000', 'jpy', 1000],
    ['500', 'jpy', 500],
    ['1.500', 'kwd', 1500],
  ];
  for (const [text, currency, expected] of cases)
    assert.equal(parseAmountInput(text, currency), expected, `${text} ${currency}`);
});

test('anything that is not clearly an amount is refused', () => {
  for (const text of [
    '',
    '   ',
    'abc',
    '-5',
    '1e5',
    '12abc34',
    '1.2.3',
    '1,2345',
    '12,34,56',
    '1..5',
    'NaN',
    '9'.repeat(30),
  ]) {
    assert.equal(parseAmountInput(text, 'usd'), null, JSON.stringify(text));
  }
  assert.equal(parseAmountInput('12.5', 'jpy'), null, 'a zero-decimal currency has no fraction');
});
