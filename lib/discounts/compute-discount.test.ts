import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeDiscount } from './compute-discount';

const percent = (hundredths: number, names: string[] = []) => ({
  percentOffHundredths: hundredths,
  amountOff: null,
  appliesToLineItemNames: names,
});
const fixed = (amountOff: number, names: string[] = []) => ({
  percentOffHundredths: null,
  amountOff,
  appliesToLineItemNames: names,
});
const item = (unitAmount: number, quantity = 1, name = 'Item') => ({ name, unitAmount, quantity });

test('percent off rounds half up to the minor unit (USD)', () => {
  assert.equal(computeDiscount([item(1999)], 'usd', percent(1000)).amountDiscount, 200, '199.9 → 200');
  assert.equal(computeDiscount([item(1005)], 'usd', percent(1000)).amountDiscount, 101, '100.5 → 101 (half up)');
  assert.equal(computeDiscount([item(1004)], 'usd', percent(1000)).amountDiscount, 100, '100.4 → 100');
  assert.equal(computeDiscount([item(999)], 'usd', percent(1250)).amountDiscount, 125, '124.875 → 125');
  assert.equal(computeDiscount([item(333)], 'usd', percent(3333)).amountDiscount, 111, '110.9889 → 111');
  assert.equal(computeDiscount([item(1)], 'usd', percent(1)).amountDiscount, 0, 'a tiny share of a cent is 0');
});

test('JPY has no minor unit: whole yen, half up', () => {
  assert.equal(computeDiscount([item(1005)], 'jpy', percent(1000)).amountDiscount, 101, '100.5 yen → 101');
  assert.equal(computeDiscount([item(999)], 'jpy', percent(1500)).amountDiscount, 150, '149.85 → 150');
  assert.equal(computeDiscount([item(55)], 'jpy', percent(5000)).amountDiscount, 28, '27.5 → 28');
  assert.equal(computeDiscount([item(10_000)], 'jpy', percent(10_000)).amountDiscount, 10_000);
});

test('KWD has three decimals charged in steps of 10 fils: the discount keeps the total chargeable', () => {
  // 12.340 KWD at 10 % = 1.234 KWD → 1.230 (123.4 steps of 10 → 123)
  assert.equal(computeDiscount([item(12_340)], 'kwd', percent(1000)).amountDiscount, 1230);
  // 12.350 KWD at 10 % = 1.235 KWD → 123.5 steps → 124 steps = 1.240 (half up)
  assert.equal(computeDiscount([item(12_350)], 'kwd', percent(1000)).amountDiscount, 1240);
  assert.equal(computeDiscount([item(12_350)], 'kwd', percent(10_000)).amountDiscount, 12_350);
  for (let amount = 500; amount < 3000; amount += 10) {
    for (const hundredths of [1, 333, 1250, 3333, 5000, 9999]) {
      const { amountDiscount } = computeDiscount([item(amount)], 'kwd', percent(hundredths));
      assert.equal(amountDiscount % 10, 0, `${amount} at ${hundredths / 100} % leaves a chargeable total`);
    }
  }
});

test('HUF is charged in whole forints: the discount is a multiple of 100', () => {
  assert.equal(computeDiscount([item(17_500)], 'huf', percent(1000)).amountDiscount, 1800, '17.5 Ft → 18 Ft');
});

test('100 % takes the whole eligible subtotal and never more', () => {
  assert.equal(computeDiscount([item(4500, 2)], 'usd', percent(10_000)).amountDiscount, 9000);
  assert.equal(computeDiscount([item(99_999_999)], 'usd', percent(10_000)).amountDiscount, 99_999_999);
});

test('amount off is capped at the eligible subtotal, never negative', () => {
  assert.equal(computeDiscount([item(500)], 'usd', fixed(2000)).amountDiscount, 500);
  assert.equal(computeDiscount([item(5000)], 'usd', fixed(2000)).amountDiscount, 2000);
  assert.equal(computeDiscount([item(5000)], 'jpy', fixed(300)).amountDiscount, 300);
  assert.equal(computeDiscount([item(5000)], 'usd', fixed(-5)).amountDiscount, 0);
});

test('applies_to line item names: only those items are discounted (case-insensitive)', () => {
  const items = [item(1000, 2, 'Lamp'), item(3000, 1, 'Desk')];
  assert.deepEqual(computeDiscount(items, 'usd', percent(5000, ['lamp'])), { eligible: 2000, amountDiscount: 1000 });
  assert.deepEqual(computeDiscount(items, 'usd', fixed(5000, ['Desk'])), { eligible: 3000, amountDiscount: 3000 });
  assert.deepEqual(computeDiscount(items, 'usd', percent(5000, ['Chair'])), { eligible: 0, amountDiscount: 0 });
});

test('every result is a whole number between 0 and the eligible subtotal', () => {
  for (const currency of ['usd', 'jpy', 'kwd', 'huf']) {
    for (let amount = 100; amount <= 100_000; amount = Math.ceil((amount * 1.37) / 100) * 100) {
      for (const hundredths of [1, 50, 999, 1234, 5000, 7777, 9999, 10_000]) {
        const { amountDiscount, eligible } = computeDiscount([item(amount, 3)], currency, percent(hundredths));
        assert.ok(Number.isInteger(amountDiscount) && amountDiscount >= 0 && amountDiscount <= eligible);
      }
    }
  }
});
