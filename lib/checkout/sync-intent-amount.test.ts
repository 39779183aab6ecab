import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { stripe } from '@/lib/stripe/stripe-client';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { updateSessionAmount } from '@/lib/sessions/update-session-amount';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { startPayment } from './start-payment';

let env: TestEnvironment;
let merchantId: string;
const PUBLIC_URL = 'http://localhost:3999';
const db = () => env.database.prisma;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(db(), { name: 'Amount sync shop' })).id;
});
after(() => env.close());
beforeEach(() => control('/faults', {}, 'DELETE'));

async function control(path: string, form: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(`${env.sandboxUrl}/_sandbox${path}`, {
    method,
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  assert.ok(response.ok, `sandbox ${path}: ${response.status}`);
}

const pay = (sessionId: string, paymentMethodId: string) =>
  startPayment(db(), { sessionId, paymentMethodId, email: 'buyer@example.com' }, PUBLIC_URL);

/** A session whose first attempt was declined (its PaymentIntent asks for 2 × 1500), then raised to 3 items. */
async function declinedThenRaised() {
  const session = await createCheckoutSession(db(), {
    merchantId,
    currency: 'eur',
    lineItems: [{ name: 'Mug', unitAmount: 1500, quantity: 2 }],
    successUrl: 'https://shop.example/t',
  });
  const declined = await pay(session.id, 'pm_card_visa_chargeDeclined');
  assert.equal(declined.kind, 'failed');
  const { stripePaymentIntentId: intentId } = await db().payment.findUniqueOrThrow({
    where: { sessionId: session.id },
  });
  await updateSessionAmount(db(), session.id, (tx, locked) =>
    tx.lineItem.update({ where: { id: locked.lineItems[0]!.id }, data: { quantity: 3 } }).then(() => undefined),
  );
  return { session, intentId: intentId! };
}

async function paymentOf(sessionId: string) {
  return db().payment.findUniqueOrThrow({
    where: { sessionId },
    include: { attempts: { orderBy: { createdAt: 'asc' } } },
  });
}

test('declined, then a quantity change, then Pay: the SAME PaymentIntent is confirmed for the new amount', async () => {
  const { session, intentId } = await declinedThenRaised();
  assert.equal((await paymentOf(session.id)).amount, 4500);
  assert.equal((await stripe().paymentIntents.retrieve(intentId)).amount, 3000, 'Stripe still has the old amount');

  assert.equal((await pay(session.id, 'pm_card_visa')).kind, 'processing');
  const payment = await paymentOf(session.id);
  assert.equal(payment.stripePaymentIntentId, intentId);
  const intent = await stripe().paymentIntents.retrieve(intentId);
  assert.deepEqual([intent.status, intent.amount, intent.amount_received], ['succeeded', 4500, 4500]);
});

test('an update whose answer is lost after Stripe applied it is read back, then confirmed', async () => {
  const { session, intentId } = await declinedThenRaised();
  // The update answers 500 after the work was done (Stripe stores that answer under the key: no retry helps).
  await control('/faults/fail', {
    count: '1',
    status: '500',
    when: 'after',
    path: `/v1/payment_intents/${intentId}`,
    method: 'POST',
  });
  assert.equal((await pay(session.id, 'pm_card_visa')).kind, 'processing');
  const intent = await stripe().paymentIntents.retrieve(intentId);
  assert.deepEqual([intent.status, intent.amount_received], ['succeeded', 4500]);
});

test('an update that never reached Stripe is never followed by a confirm; the next Pay completes it', async () => {
  const { session, intentId } = await declinedThenRaised();
  // The update's tries all fail before any work; the re-read shows the old amount, so nothing is confirmed.
  await control('/faults/fail', {
    count: '3',
    status: '503',
    when: 'before',
    path: `/v1/payment_intents/${intentId}`,
    method: 'POST',
  });
  const step = await pay(session.id, 'pm_card_visa');
  assert.deepEqual([step.kind, step.kind === 'failed' && step.code], ['failed', 'processing_error']);
  const untouched = await stripe().paymentIntents.retrieve(intentId);
  assert.deepEqual([untouched.status, untouched.amount], ['requires_payment_method', 3000]);
  const attempts = (await paymentOf(session.id)).attempts;
  assert.deepEqual(
    attempts.map((a) => [a.outcome, Boolean(a.finishedAt)]),
    [
      ['requires_payment_method', true],
      ['amount_unsettled', true],
    ],
  );

  assert.equal((await pay(session.id, 'pm_card_visa')).kind, 'processing');
  const paid = await stripe().paymentIntents.retrieve(intentId);
  assert.deepEqual([paid.status, paid.amount_received], ['succeeded', 4500]);
});

test('when the PaymentIntent cannot be read, nothing is confirmed', async () => {
  const { session, intentId } = await declinedThenRaised();
  await control('/faults/fail', {
    count: '3',
    status: '500',
    when: 'before',
    path: `/v1/payment_intents/${intentId}`,
    method: 'GET',
  });
  const step = await pay(session.id, 'pm_card_visa');
  assert.equal(step.kind, 'failed');
  const untouched = await stripe().paymentIntents.retrieve(intentId);
  assert.deepEqual(
    [untouched.status, untouched.amount, untouched.amount_received],
    ['requires_payment_method', 3000, 0],
  );
});

test('a late webhook of the declined attempt is no amount anomaly: that PaymentIntent holds nothing', async () => {
  const { session, intentId } = await declinedThenRaised();
  const events = await stripe().events.list({ limit: 100 });
  const failed = events.data.find(
    (e) => e.type === 'payment_intent.payment_failed' && (e.data.object as { id: string }).id === intentId,
  );
  assert.ok(failed);
  assert.equal(await handleStripeEvent(db(), failed), 'applied');
  const payment = await db().payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { anomalies: true },
  });
  assert.deepEqual([payment.status, payment.amount, payment.anomalies.length], ['requires_payment_method', 4500, 0]);
});
