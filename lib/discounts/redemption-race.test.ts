import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type Stripe from 'stripe';
import { completeFreeCheckout } from '@/lib/checkout/complete-free-checkout';
import { startPayment } from '@/lib/checkout/start-payment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { expireSession } from '@/lib/sessions/expire-session';
import { stripe } from '@/lib/stripe/stripe-client';
import { createPrisma, type Db } from '@/lib/db/create-prisma';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { createCoupon } from './create-coupon';
import { createPromotionCode } from './create-promotion-code';
import { refundPayment } from '@/lib/payments/refund-payment';

let env: TestEnvironment;
let merchantId: string;
/** Customers arrive on connections of their own, as on several instances: a pool wide enough for the race. */
let racers: Db;
const db = () => env.database.prisma;
const PUBLIC_URL = 'http://localhost:3999';

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(db(), { name: 'Coupon shop' })).id;
  racers = createPrisma(env.database.url, 20);
});
after(async () => {
  await racers.$disconnect();
  await env.close();
});

async function session(promotionCode: string, unitAmount = 4000) {
  return createCheckoutSession(db(), {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
    discount: { promotionCode },
  });
}

const pay = (sessionId: string, email: string, paymentMethodId = 'pm_card_visa') =>
  startPayment(racers, { sessionId, paymentMethodId, email }, PUBLIC_URL);

/** A customer presses Pay again when the page reports an error (here: the database too busy to start their transaction). */
async function payUntilAnswered(sessionId: string, email: string) {
  for (let tries = 1; ; tries++) {
    try {
      return await pay(sessionId, email);
    } catch (error) {
      if (tries >= 20 || !/Unable to start a transaction/.test(String(error))) throw error;
    }
  }
}

/** Applies every Stripe event about the payment's PaymentIntent, as the webhook route does. */
async function deliverEvents(sessionId: string) {
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId } });
  const events = await stripe().events.list({ limit: 100 });
  for (const event of events.data.filter(
    (e) => (e.data.object as { id?: string }).id === payment.stripePaymentIntentId,
  ))
    await handleStripeEvent(db(), event as Stripe.Event);
  return db().payment.findUniqueOrThrow({ where: { sessionId } });
}

test(`50 customers racing for the last redemption of a code: exactly one pays with the discount (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const coupon = await createCoupon(db(), merchantId, { percentOffHundredths: 2500 });
  const code = await createPromotionCode(db(), merchantId, { couponId: coupon.id, code: 'LAST1', maxRedemptions: 1 });
  const sessions = await Promise.all(Array.from({ length: 50 }, () => session(code.id)));
  assert.ok(sessions.every((s) => s.amountTotal === 3000 && s.amountDiscount === 1000));

  const steps = await Promise.all(sessions.map((s, i) => payUntilAnswered(s.id, `racer${i}@example.com`)));
  const started = steps.filter((step) => step.kind !== 'unavailable');
  const refused = steps.filter((step) => step.kind === 'unavailable' && step.reason === 'discount_unavailable');
  assert.equal(started.length, 1, 'one payment started with the discount');
  assert.equal(refused.length, 49, 'every other customer is told the code is used up');

  const payments = await db().payment.findMany({ where: { promotionCodeId: code.id } });
  assert.equal(payments.length, 1);
  const intent = await stripe().paymentIntents.retrieve(payments[0]!.stripePaymentIntentId!);
  assert.equal(intent.amount, 3000, 'Stripe charges the discounted total');
  assert.equal(payments[0]!.amountDiscount, 1000);
  let counters = await db().promotionCode.findUniqueOrThrow({ where: { id: code.id } });
  assert.deepEqual([counters.timesHeld, counters.timesRedeemed], [1, 0], 'held while the payment is under way');

  const paid = await deliverEvents(payments[0]!.sessionId);
  assert.equal(paid.status, 'succeeded');
  counters = await db().promotionCode.findUniqueOrThrow({ where: { id: code.id } });
  const couponAfter = await db().coupon.findUniqueOrThrow({ where: { id: coupon.id } });
  assert.deepEqual([counters.timesHeld, counters.timesRedeemed], [0, 1], 'counted once the payment succeeded');
  assert.deepEqual([couponAfter.timesHeld, couponAfter.timesRedeemed], [0, 1]);
  const redemption = await db().discountRedemption.findUniqueOrThrow({ where: { sessionId: paid.sessionId } });
  assert.equal(redemption.status, 'counted');
});

test('a declined payment releases its hold for the next customer; an expired session releases its own', async () => {
  const coupon = await createCoupon(db(), merchantId, { amountOff: 500, currency: 'usd', maxRedemptions: 1 });
  const code = await createPromotionCode(db(), merchantId, { couponId: coupon.id, code: 'ONCE-MORE' });
  const [first, second, third] = [await session(code.id), await session(code.id), await session(code.id)];
  const declined = await pay(first.id, 'a@example.com', 'pm_card_visa_chargeDeclined');
  assert.equal(declined.kind, 'failed');
  assert.equal((await db().coupon.findUniqueOrThrow({ where: { id: coupon.id } })).timesHeld, 0, 'released on decline');

  const waiting = await pay(second.id, 'b@example.com', 'pm_card_threeDSecure2Required');
  assert.equal(waiting.kind, 'requires_action', 'holds the last redemption while in 3-D Secure');
  const blocked = await pay(third.id, 'c@example.com');
  assert.deepEqual(
    [blocked.kind, blocked.kind === 'unavailable' && blocked.reason],
    ['unavailable', 'discount_unavailable'],
  );

  assert.equal(await expireSession(db(), second.id), 'expired');
  const released = await db().coupon.findUniqueOrThrow({ where: { id: coupon.id } });
  assert.deepEqual([released.timesHeld, released.timesRedeemed], [0, 0], 'the expired session gave it back');
  const retried = await pay(third.id, 'c@example.com');
  assert.notEqual(retried.kind, 'unavailable', 'the next customer can use it now');
});

test('a 100 % code completes without a PaymentIntent, once, even when raced', async () => {
  const coupon = await createCoupon(db(), merchantId, { percentOffHundredths: 10_000, maxRedemptions: 1 });
  const code = await createPromotionCode(db(), merchantId, { couponId: coupon.id, code: 'FREE100' });
  const sessions = await Promise.all(Array.from({ length: 10 }, () => session(code.id)));
  assert.ok(sessions.every((s) => s.amountTotal === 0));
  const steps = await Promise.all(
    sessions.map((s, i) =>
      completeFreeCheckout(racers, { sessionId: s.id, email: `free${i}@example.com` }, PUBLIC_URL),
    ),
  );
  assert.equal(steps.filter((step) => step.kind === 'processing').length, 1);
  const payments = await db().payment.findMany({ where: { couponId: coupon.id } });
  assert.equal(payments.length, 1);
  assert.deepEqual(
    [payments[0]!.status, payments[0]!.amount, payments[0]!.amountDiscount, payments[0]!.stripePaymentIntentId],
    ['succeeded', 0, 4000, null],
  );
  const completed = await db().checkoutSession.findUniqueOrThrow({ where: { id: payments[0]!.sessionId } });
  assert.equal(completed.status, 'complete');
  const event = await db().merchantEvent.findFirstOrThrow({
    where: { type: 'checkout.session.completed', objectId: completed.id },
  });
  const object = (event.data as { object: { amount_total: number; total_details: { amount_discount: number } } })
    .object;
  assert.deepEqual([object.amount_total, object.total_details.amount_discount], [0, 4000]);
  const counted = await db().coupon.findUniqueOrThrow({ where: { id: coupon.id } });
  assert.deepEqual([counted.timesHeld, counted.timesRedeemed], [0, 1]);
});

test('a discounted payment refunds at most what was paid; a free order has nothing to refund', async () => {
  const coupon = await createCoupon(db(), merchantId, { amountOff: 1500, currency: 'usd' });
  const code = await createPromotionCode(db(), merchantId, { couponId: coupon.id, code: 'REFUND15' });
  const paidSession = await session(code.id);
  await pay(paidSession.id, 'refund@example.com');
  const paid = await deliverEvents(paidSession.id);
  assert.deepEqual([paid.status, paid.amount, paid.amountDiscount], ['succeeded', 2500, 1500]);
  await assert.rejects(
    refundPayment(db(), { merchantId, paymentId: paid.id, amount: 2501, requestedBy: 'user:test' }),
    (error: Error) => error.message.includes('more than'),
  );
  const { refund } = await refundPayment(db(), { merchantId, paymentId: paid.id, requestedBy: 'user:test' });
  assert.equal(refund.amount, 2500, 'a full refund is what the card was charged, not the subtotal');

  const free = await createCoupon(db(), merchantId, { percentOffHundredths: 10_000 });
  const freeCode = await createPromotionCode(db(), merchantId, { couponId: free.id, code: 'FREEBIE' });
  const freeSession = await session(freeCode.id);
  await completeFreeCheckout(db(), { sessionId: freeSession.id, email: 'freebie@example.com' }, PUBLIC_URL);
  const order = await db().payment.findUniqueOrThrow({ where: { sessionId: freeSession.id } });
  await assert.rejects(
    refundPayment(db(), { merchantId, paymentId: order.id, requestedBy: 'user:test' }),
    /nothing to refund/,
  );
});

test('attacker: the no-card completion refuses a checkout with an amount to pay, and a card cannot pay a free one', async () => {
  const coupon = await createCoupon(db(), merchantId, { percentOffHundredths: 1000 });
  const code = await createPromotionCode(db(), merchantId, { couponId: coupon.id, code: 'TENPCT' });
  const paying = await session(code.id);
  const step = await completeFreeCheckout(db(), { sessionId: paying.id, email: 'x@example.com' }, PUBLIC_URL);
  assert.deepEqual([step.kind, step.kind === 'failed' && step.code], ['failed', 'amount_due']);
  assert.equal(await db().payment.count({ where: { sessionId: paying.id, status: 'succeeded' } }), 0);

  const free = await createCoupon(db(), merchantId, { percentOffHundredths: 10_000 });
  const freeCode = await createPromotionCode(db(), merchantId, { couponId: free.id, code: 'ALLFREE' });
  const freeSession = await session(freeCode.id);
  const carded = await pay(freeSession.id, 'card@example.com');
  assert.deepEqual([carded.kind, carded.kind === 'failed' && carded.code], ['failed', 'nothing_to_charge']);
  assert.equal(await db().payment.count({ where: { sessionId: freeSession.id } }), 0, 'no payment, no PaymentIntent');
  assert.equal((await db().coupon.findUniqueOrThrow({ where: { id: free.id } })).timesHeld, 0, 'nothing held');
});
