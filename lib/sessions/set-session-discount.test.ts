import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createCoupon } from '@/lib/discounts/create-coupon';
import { createPromotionCode } from '@/lib/discounts/create-promotion-code';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { changeLineItemQuantity } from './change-line-item-quantity';
import { createCheckoutSession } from './create-checkout-session';
import { setSessionDiscount } from './set-session-discount';

let database: TestDatabase;
let merchantId: string;
let otherMerchantId: string;
const db = () => database.prisma;

before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(db(), { name: 'Codes shop' })).id;
  otherMerchantId = (await createMerchant(db(), { name: 'Other shop' })).id;
  const tenOff = await createCoupon(db(), merchantId, { percentOffHundredths: 1000 });
  await createPromotionCode(db(), merchantId, { couponId: tenOff.id, code: 'Ten-Off' });
  const tickets = await createCoupon(db(), merchantId, {
    amountOff: 5000,
    currency: 'jpy',
    appliesToLineItemNames: ['ticket'],
    minimumAmount: 3000,
    minimumAmountCurrency: 'jpy',
  });
  await createPromotionCode(db(), merchantId, { couponId: tickets.id, code: 'TICKETS' });
  await createPromotionCode(db(), merchantId, {
    couponId: tenOff.id,
    code: 'OLD',
    expiresAt: new Date(Date.now() + 60_000),
  });
  const theirs = await createCoupon(db(), otherMerchantId, { percentOffHundredths: 9000 });
  await createPromotionCode(db(), otherMerchantId, { couponId: theirs.id, code: 'THEIRS90' });
});
after(() => database.close());

const newSession = (currency: string, allowPromotionCodes = true) =>
  createCheckoutSession(db(), {
    merchantId,
    currency,
    allowPromotionCodes,
    successUrl: 'https://shop.example/t',
    lineItems: [
      { name: 'Ticket', unitAmount: 1500, quantity: 2, adjustableQuantity: { minimum: 1, maximum: 6 } },
      { name: 'Booking fee', unitAmount: 500, quantity: 1 },
    ],
  });

test('a code applies case-insensitively and the server recomputes the total; removing it restores the total', async () => {
  const session = await newSession('usd');
  assert.deepEqual(await setSessionDiscount(db(), session.id, '  ten-off '), {
    ok: true,
    amountTotal: 3150,
    amountDiscount: 350,
  });
  const stored = await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } });
  assert.equal(stored.amountTotal + stored.amountDiscount, 3500);
  assert.deepEqual(await setSessionDiscount(db(), session.id, null), {
    ok: true,
    amountTotal: 3500,
    amountDiscount: 0,
  });
});

test('refusals: unknown, another merchant’s, not allowed on the session, expired, wrong currency', async () => {
  const session = await newSession('usd');
  assert.deepEqual(await setSessionDiscount(db(), session.id, 'NOPE'), { ok: false, reason: 'invalid' });
  assert.deepEqual(await setSessionDiscount(db(), session.id, 'theirs90'), { ok: false, reason: 'invalid' });
  assert.deepEqual(await setSessionDiscount(db(), session.id, 'TICKETS'), { ok: false, reason: 'currency_mismatch' });
  const later = new Date(Date.now() + 120_000);
  assert.deepEqual(await setSessionDiscount(db(), session.id, 'old', later), { ok: false, reason: 'expired' });
  const closed = await newSession('usd', false);
  assert.deepEqual(await setSessionDiscount(db(), closed.id, 'TEN-OFF'), { ok: false, reason: 'invalid' });
  const unchanged = await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } });
  assert.deepEqual([unchanged.amountTotal, unchanged.couponId], [3500, null]);
});

test('a quantity change recomputes the discount with the total; below the minimum the discount is dropped (JPY)', async () => {
  const session = await newSession('jpy');
  // 5000 yen off the tickets only (2 × 1500 = 3000 eligible): capped at 3000, the fee stays.
  assert.deepEqual(await setSessionDiscount(db(), session.id, 'tickets'), {
    ok: true,
    amountTotal: 500,
    amountDiscount: 3000,
  });
  let changed = await changeLineItemQuantity(db(), { sessionId: session.id, position: 0, quantity: 4 });
  assert.equal(changed.amountTotal, 6500 - 5000);
  changed = await changeLineItemQuantity(db(), { sessionId: session.id, position: 0, quantity: 1 });
  assert.equal(changed.amountTotal, 2000, 'one ticket is below the coupon’s 3000 yen minimum: full price');
  const stored = await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } });
  assert.deepEqual([stored.couponId, stored.amountDiscount], [null, 0]);
});
