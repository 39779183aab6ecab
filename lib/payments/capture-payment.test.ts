import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { startPayment } from '@/lib/checkout/start-payment';
import { ApiError } from '@/lib/merchant-api/api-error';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { asApiRefusal } from '@/test-support/as-api-refusal';
import { applyStripeEvents, authorizedPayment } from '@/test-support/authorized-payment';
import { succeededPayment } from '@/test-support/succeeded-payment';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { cancelAuthorization } from './cancel-authorization';
import { capturePayment } from './capture-payment';
import { reconcilePayments } from './reconcile-payments';
import { refundPayment } from './refund-payment';

let env: TestEnvironment;
let merchantId: string;
let otherMerchantId: string;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Furniture shop' })).id;
  otherMerchantId = (await createMerchant(env.database.prisma, { name: 'Other shop' })).id;
});
after(() => env.close());
beforeEach(() => sandbox('/faults', {}, 'DELETE'));

const db = () => env.database.prisma;

async function sandbox(path: string, form: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(`${env.sandboxUrl}/_sandbox${path}`, {
    method,
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  assert.ok(response.ok, `sandbox ${path}: ${response.status}`);
}

const capture = (paymentId: string, amountToCapture?: number, merchant = merchantId) =>
  asApiRefusal(capturePayment(db(), { merchantId: merchant, paymentId, amountToCapture, settleWaitMs: 0 }));
const cancel = (paymentId: string, merchant = merchantId) =>
  asApiRefusal(
    cancelAuthorization(db(), {
      merchantId: merchant,
      paymentId,
      cancellationReason: 'requested_by_customer',
      settleWaitMs: 0,
    }),
  );

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
  return error;
}

const row = (id: string) => db().payment.findUniqueOrThrow({ where: { id } });
const eventTypes = async (paymentId: string) =>
  (await db().merchantEvent.findMany({ where: { objectId: paymentId }, orderBy: { sequence: 'asc' } })).map(
    (event) => event.type,
  );

test('authorized: the session completes, payment.authorized is sent, and the PaymentIntent holds the amount', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 4500 });
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.deepEqual(
    [intent.capture_method, intent.status, intent.amount_capturable],
    ['manual', 'requires_capture', 4500],
  );
  const session = await db().checkoutSession.findUniqueOrThrow({ where: { id: payment.sessionId } });
  assert.equal(session.status, 'complete');
  assert.deepEqual(await eventTypes(payment.id), ['payment.authorized']);
  const timeline = await db().paymentEvent.findMany({
    where: { paymentId: payment.id },
    orderBy: { createdAt: 'asc' },
  });
  assert.equal(timeline.at(-1)?.toStatus, 'requires_capture');
  assert.equal(timeline.at(-1)?.source, 'webhook');
});

test('a partial capture charges only that part, releases the rest, and caps refunds at what was captured', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 4500 });
  const answered = await capture(payment.id, 3000);
  // The endpoint never writes the outcome: the payment stays authorized until Stripe's webhook says otherwise.
  assert.equal(answered.status, 'requires_capture');
  assert.equal(answered.captureRequestedAmount, 3000);
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.deepEqual([intent.status, intent.amount_received, intent.amount_capturable], ['succeeded', 3000, 0]);

  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const captured = await row(payment.id);
  assert.equal(captured.status, 'succeeded');
  assert.deepEqual([captured.amountCaptured, captured.amountReleased, captured.captureRequestedAt], [3000, 1500, null]);
  assert.deepEqual(await eventTypes(payment.id), ['payment.authorized', 'payment.captured', 'payment.succeeded']);

  const tooMuch = await refusal(
    asApiRefusal(refundPayment(db(), { merchantId, paymentId: payment.id, amount: 3001, requestedBy: 'user:test' })),
  );
  assert.deepEqual([tooMuch.code, tooMuch.param], ['amount_too_large', 'amount']);
  const { refund } = await refundPayment(db(), { merchantId, paymentId: payment.id, requestedBy: 'user:test' });
  assert.equal(refund.amount, 3000);
});

test('a repeat while the capture is pending sends the same request; once captured a repeat is a 400 that changes nothing', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 2000 });
  await capture(payment.id);
  const again = await capture(payment.id);
  assert.equal(again.status, 'requires_capture');
  const otherAmount = await refusal(capture(payment.id, 1000));
  assert.deepEqual(
    [otherAmount.status, otherAmount.code, otherAmount.param],
    [400, 'payment_not_capturable', 'amount_to_capture'],
  );

  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const before = await row(payment.id);
  assert.equal(before.amountCaptured, 2000);
  const repeat = await refusal(capture(payment.id));
  assert.deepEqual([repeat.status, repeat.code], [400, 'payment_already_captured']);
  assert.deepEqual(await row(payment.id), before);
  const charges = await stripe().charges.list({ payment_intent: payment.stripePaymentIntentId! });
  assert.deepEqual(
    charges.data.map((charge) => charge.amount_captured),
    [2000],
  );
});

test('state errors are 400s that change nothing', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 1000 });
  const untouched = await row(payment.id);
  const tooMuch = await refusal(capture(payment.id, 1001));
  assert.deepEqual([tooMuch.status, tooMuch.code, tooMuch.param], [400, 'amount_too_large', 'amount_to_capture']);
  const zero = await refusal(capture(payment.id, 0));
  assert.deepEqual([zero.status, zero.code, zero.param], [400, 'parameter_invalid', 'amount_to_capture']);
  const fractional = await refusal(capture(payment.id, 10.5));
  assert.equal(fractional.param, 'amount_to_capture');
  assert.deepEqual(await row(payment.id), untouched);
  assert.equal((await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!)).status, 'requires_capture');

  const automatic = await succeededPayment(db(), merchantId, { amount: 1500 });
  const notManual = await refusal(capture(automatic.id));
  assert.deepEqual([notManual.status, notManual.code], [400, 'payment_not_capturable']);
  const capturedAlready = await refusal(cancel(automatic.id));
  assert.deepEqual([capturedAlready.status, capturedAlready.code], [400, 'payment_not_cancelable']);
  assert.deepEqual(await row(automatic.id), automatic);
});

test('merchant A gets 404 for B’s payment capture and cancel, and nothing moves', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 1200 });
  for (const attempt of [capture(payment.id, undefined, otherMerchantId), cancel(payment.id, otherMerchantId)]) {
    const error = await refusal(attempt);
    assert.deepEqual([error.status, error.code], [404, 'resource_missing']);
  }
  const malformed = await refusal(capture('pay_../../x'));
  assert.equal(malformed.status, 404);
  assert.deepEqual(await row(payment.id), payment);
  assert.equal((await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!)).status, 'requires_capture');
});

test('cancel releases the whole authorization; canceled payments cannot be captured or canceled again', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 3300 });
  const answered = await cancel(payment.id);
  assert.equal(answered.status, 'requires_capture');
  assert.ok(answered.cancelRequestedAt);
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const canceled = await row(payment.id);
  assert.deepEqual(
    [canceled.status, canceled.amountReleased, canceled.cancellationReason, canceled.cancelRequestedAt],
    ['canceled', 3300, 'requested_by_customer', null],
  );
  assert.deepEqual(await eventTypes(payment.id), ['payment.authorized', 'payment.canceled']);
  const captureCanceled = await refusal(capture(payment.id));
  assert.deepEqual([captureCanceled.status, captureCanceled.code], [400, 'payment_not_capturable']);
  const cancelAgain = await refusal(cancel(payment.id));
  assert.deepEqual([cancelAgain.status, cancelAgain.code], [400, 'payment_not_cancelable']);
  assert.deepEqual(await row(payment.id), canceled);
});

test('unknown outcome: Stripe captured but the answer was lost → pending, never a second capture; the reconciler settles it', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 5000 });
  await sandbox('/faults/fail', { status: '500', when: 'after', path: '/v1/payment_intents', method: 'POST' });
  const answered = await capture(payment.id, 4000);
  assert.equal(answered.status, 'requires_capture');
  assert.equal(answered.captureRequestedAmount, 4000);
  // The merchant retries: the same request is sent again (Stripe replays its stored answer), nothing is captured twice.
  const retried = await capture(payment.id, 4000);
  assert.equal(retried.status, 'requires_capture');
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.deepEqual([intent.status, intent.amount_received], ['succeeded', 4000]);

  // No webhook arrives: the reconciler reads the PaymentIntent and records the capture.
  await reconcilePayments(db(), { olderThanMs: 0 });
  const settled = await row(payment.id);
  assert.deepEqual([settled.status, settled.amountCaptured, settled.amountReleased], ['succeeded', 4000, 1000]);
  const timeline = await db().paymentEvent.findMany({
    where: { paymentId: payment.id },
    orderBy: { createdAt: 'asc' },
  });
  assert.equal(timeline.at(-1)?.source, 'reconciler');
});

test('unknown outcome: Stripe never acted → pending; the reconciler drops the stale request and a new capture works', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 2500 });
  // Every try of the SDK fails before Stripe acts (nothing is stored under the key).
  await sandbox('/faults/fail', {
    count: '3',
    status: '503',
    when: 'before',
    path: '/v1/payment_intents',
    method: 'POST',
  });
  const answered = await capture(payment.id);
  assert.equal(answered.status, 'requires_capture');
  assert.ok(answered.captureRequestedAt);
  assert.equal((await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!)).status, 'requires_capture');

  await db().payment.update({
    where: { id: payment.id },
    data: { captureRequestedAt: new Date(Date.now() - 120_000) },
  });
  await reconcilePayments(db(), { olderThanMs: 0 });
  const dropped = await row(payment.id);
  assert.deepEqual([dropped.status, dropped.captureRequestedAt], ['requires_capture', null]);

  await capture(payment.id, 2000);
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  assert.equal((await row(payment.id)).amountCaptured, 2000);
});

test('an authorization left for 7 days on the sandbox clock is canceled by Stripe and sent as payment.canceled', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 1800 });
  await sandbox('/clock/advance', { seconds: String(7 * 24 * 3600 + 1) });
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const lapsed = await row(payment.id);
  assert.deepEqual([lapsed.status, lapsed.cancellationReason, lapsed.amountReleased], ['canceled', 'automatic', 1800]);
  assert.deepEqual(await eventTypes(payment.id), ['payment.authorized', 'payment.canceled']);
  const late = await refusal(capture(payment.id));
  assert.equal(late.code, 'payment_not_capturable');
});

test('an authorization that lands after its session expired is flagged and released, never announced as authorized', async () => {
  const session = await createCheckoutSession(db(), {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Late chair', unitAmount: 2200, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
    captureMethod: 'manual',
  });
  await startPayment(
    db(),
    { sessionId: session.id, paymentMethodId: 'pm_card_visa', email: 'late@example.com' },
    'http://localhost:3999',
  );
  // The session expired while the confirm was on its way (the race the expiry job's lock cannot see at Stripe).
  await db().checkoutSession.update({ where: { id: session.id }, data: { status: 'expired', expiredAt: new Date() } });
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.deepEqual([intent.status, intent.cancellation_reason], ['canceled', 'abandoned']);
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const released = await row(payment.id);
  assert.deepEqual([released.status, released.amountReleased], ['canceled', 2200]);
  const anomalies = await db().paymentAnomaly.findMany({ where: { paymentId: payment.id } });
  assert.deepEqual(
    anomalies.map((anomaly) => anomaly.kind),
    ['authorized_after_expiry'],
  );
  assert.deepEqual(await eventTypes(payment.id), ['payment.canceled']);
  assert.equal((await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } })).status, 'expired');
});

test('a capture and a cancel racing: exactly one is sent to Stripe, the other is refused', async () => {
  const payment = await authorizedPayment(db(), merchantId, { amount: 4000 });
  const outcomes = await Promise.allSettled([capture(payment.id, 1500), cancel(payment.id), capture(payment.id, 2500)]);
  const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
  assert.equal(refused.length, 2);
  for (const outcome of refused) {
    const error = (outcome as PromiseRejectedResult).reason as ApiError;
    assert.equal(error.status, 400);
  }
  await applyStripeEvents(db(), payment.stripePaymentIntentId!);
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  const settled = await row(payment.id);
  const winner = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
  if (winner === 1) assert.deepEqual([intent.status, settled.status], ['canceled', 'canceled']);
  else {
    const amount = winner === 0 ? 1500 : 2500;
    assert.deepEqual([intent.amount_received, settled.amountCaptured], [amount, amount]);
  }
});
