import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { ApiError } from '@/lib/merchant-api/api-error';
import { asApiRefusal } from '@/test-support/as-api-refusal';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { newId } from '@/lib/ids/new-id';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { succeededPayment } from '@/test-support/succeeded-payment';
import { reconcileRefunds } from './reconcile-refunds';
import { refundPayment } from './refund-payment';
import { syncRefunds } from './sync-refunds';

let env: TestEnvironment;
let merchantId: string;
let otherMerchantId: string;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Refund shop' })).id;
  otherMerchantId = (await createMerchant(env.database.prisma, { name: 'Other shop' })).id;
});
after(() => env.close());
beforeEach(() => sandbox('/faults', {}, 'DELETE'));

async function sandbox(path: string, form: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(`${env.sandboxUrl}/_sandbox${path}`, {
    method,
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  assert.ok(response.ok, `sandbox ${path}: ${response.status}`);
}

const refund = (paymentId: string, amount?: number, merchant = merchantId) =>
  refundPayment(env.database.prisma, {
    merchantId: merchant,
    paymentId,
    amount,
    reason: 'requested_by_customer',
    requestedBy: 'user:test',
  });

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await asApiRefusal(promise).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
  return error;
}

async function stripeRefundsOf(paymentIntentId: string) {
  return (await stripe().refunds.list({ payment_intent: paymentIntentId, limit: 100 })).data;
}

test('a partial then a full refund: Stripe refunds, amount_refunded and one payment.refunded event each', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  const first = await refund(payment.id, 1500);
  assert.equal(first.refund.status, 'succeeded');
  assert.equal(first.payment.amountRefunded, 1500);
  const rest = await refund(payment.id);
  assert.equal(rest.refund.amount, 3000);
  assert.equal(rest.payment.amountRefunded, 4500);

  const onStripe = await stripeRefundsOf(payment.stripePaymentIntentId!);
  assert.deepEqual(
    onStripe.map((r) => [r.amount, r.metadata?.tillpoint_refund_id, r.reason]).sort(),
    [
      [1500, first.refund.id, 'requested_by_customer'],
      [3000, rest.refund.id, 'requested_by_customer'],
    ].sort(),
  );
  const stored = await env.database.prisma.refund.findMany({
    where: { paymentId: payment.id },
    orderBy: { createdAt: 'asc' },
  });
  assert.deepEqual(
    stored.map((r) => [r.amount, r.status, r.requestedBy, Boolean(r.stripeRefundId)]),
    [
      [1500, 'succeeded', 'user:test', true],
      [3000, 'succeeded', 'user:test', true],
    ],
  );

  const events = await env.database.prisma.merchantEvent.findMany({
    where: { objectId: payment.id, type: 'payment.refunded' },
    orderBy: { sequence: 'asc' },
  });
  const objects = events.map(
    (e) => (e.data as { object: { amount_refunded: number; refunds: { amount: number; status: string }[] } }).object,
  );
  assert.deepEqual(
    objects.map((o) => o.amount_refunded),
    [1500, 4500],
  );
  assert.deepEqual(
    objects[1]!.refunds.map((r) => [r.amount, r.status]),
    [
      [1500, 'succeeded'],
      [3000, 'succeeded'],
    ],
  );

  const again = await rejection(refund(payment.id, 1));
  assert.equal(again.code, 'payment_not_refundable');
  assert.equal(await env.database.prisma.refund.count({ where: { paymentId: payment.id } }), 2);
});

test('more than what is left is refused before Stripe is called; bad amounts and other payments too', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  await refund(payment.id, 1000);
  const tooMuch = await rejection(refund(payment.id, 3501));
  assert.deepEqual([tooMuch.code, tooMuch.status, tooMuch.param], ['amount_too_large', 400, 'amount']);
  assert.match(tooMuch.message, /\$35\.01 is more than the \$35\.00 left/);
  for (const amount of [0, -5, 12.5])
    assert.equal((await rejection(refund(payment.id, amount))).code, 'parameter_invalid');
  assert.equal((await rejection(refund(payment.id, 100, otherMerchantId))).code, 'resource_missing');
  assert.equal((await rejection(refund('pay_unknown', 100))).code, 'resource_missing');
  assert.equal((await rejection(refund('pay_\u0000', 100))).code, 'resource_missing');
  assert.equal((await stripeRefundsOf(payment.stripePaymentIntentId!)).length, 1);
  assert.equal(
    (await env.database.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded,
    1000,
  );

  const session = await createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Cup', unitAmount: 900, quantity: 1 }],
    successUrl: 'https://shop.example/t',
  });
  const unpaid = await env.database.prisma.payment.create({
    data: { id: newId('pay'), merchantId, sessionId: session.id, amount: 900, currency: 'usd' },
  });
  assert.equal((await rejection(refund(unpaid.id, 100))).code, 'payment_not_refundable');
});

test('refunds racing each other never add up to more than the payment', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4200 });
  const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => refund(payment.id, 1000)));
  const codes = outcomes.map((o) => (o.status === 'fulfilled' ? 'ok' : (o.reason as ApiError).code)).sort();
  assert.deepEqual(codes, ['amount_too_large', 'amount_too_large', 'ok', 'ok', 'ok', 'ok']);
  const after = await env.database.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } });
  assert.equal(after.amountRefunded, 4000);
  assert.deepEqual(
    (await stripeRefundsOf(payment.stripePaymentIntentId!)).map((r) => r.amount),
    [1000, 1000, 1000, 1000],
  );

  const both = await Promise.allSettled([refund(payment.id, 200), refund(payment.id, 200)]);
  assert.equal(both.filter((o) => o.status === 'fulfilled').length, 1);
  assert.equal(
    (await env.database.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded,
    4200,
  );
});

test('when Stripe answers only with server errors, the refund stays pending (never failed) and the reconciler makes it once', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  // Three 500s before the work: the first call and both of the SDK's retries. Nothing tells Tillpoint that.
  await sandbox('/faults/fail', { count: '3', status: '500', path: '/v1/refunds', method: 'POST' });
  const pending = await refund(payment.id, 2000);
  assert.deepEqual(
    [pending.refund.status, pending.refund.stripeRefundId, pending.payment.amountRefunded],
    ['pending', null, 0],
  );
  assert.equal((await stripeRefundsOf(payment.stripePaymentIntentId!)).length, 0);

  // A retry by the merchant meanwhile cannot refund the pending amount twice.
  const tooMuch = await rejection(refund(payment.id, 3000));
  assert.equal(tooMuch.code, 'amount_too_large');

  assert.equal(await reconcileRefunds(env.database.prisma, { olderThanMs: 0 }), 1);
  const [made] = await env.database.prisma.refund.findMany({ where: { paymentId: payment.id } });
  assert.deepEqual([made!.status, Boolean(made!.stripeRefundId)], ['succeeded', true]);
  assert.equal(
    (await env.database.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded,
    2000,
  );
  assert.deepEqual(
    (await stripeRefundsOf(payment.stripePaymentIntentId!)).map((r) => r.amount),
    [2000],
  );
  await reconcileRefunds(env.database.prisma, { olderThanMs: 0 });
  assert.equal(
    (await stripeRefundsOf(payment.stripePaymentIntentId!)).length,
    1,
    'reconciling again refunds nothing more',
  );
});

test('a definite refusal from Stripe is failed with the reason and holds nothing back', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  // Refund it at Stripe behind Tillpoint's back, so Stripe refuses the next refund as a 400.
  await stripe().refunds.create({ payment_intent: payment.stripePaymentIntentId! });
  const error = await rejection(refund(payment.id, 2000));
  assert.deepEqual([error.code, error.status], ['refund_failed', 402]);
  assert.match(error.message, /Nothing was refunded/);
  const failed = await env.database.prisma.refund.findFirstOrThrow({
    where: { paymentId: payment.id, requestedBy: 'user:test' },
  });
  assert.equal(failed.status, 'failed');
  assert.ok(failed.failureReason && failed.failureReason.length > 0);
});

test('a refund made at Stripe outside Tillpoint is recorded when Stripe reports it', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  await stripe().refunds.create({ payment_intent: payment.stripePaymentIntentId!, amount: 1200 });
  const synced = await syncRefunds(env.database.prisma, payment.id);
  assert.equal(synced?.payment.amountRefunded, 1200);
  assert.deepEqual(
    synced?.refunds.map((r) => [r.amount, r.status, r.requestedBy]),
    [[1200, 'succeeded', 'stripe']],
  );
  assert.equal(
    await env.database.prisma.merchantEvent.count({ where: { objectId: payment.id, type: 'payment.refunded' } }),
    1,
  );
  await syncRefunds(env.database.prisma, payment.id);
  assert.equal(
    await env.database.prisma.refund.count({ where: { paymentId: payment.id } }),
    1,
    'applying the same truth twice changes nothing',
  );
});

test('a Stripe error after Stripe made the refund is recognised: the refund is recorded, not failed', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 4500 });
  await sandbox('/faults/fail', { count: '1', status: '500', when: 'after', path: '/v1/refunds', method: 'POST' });
  const result = await refund(payment.id, 700);
  assert.equal(result.refund.status, 'succeeded');
  assert.equal(result.payment.amountRefunded, 700);
  const onStripe = await stripeRefundsOf(payment.stripePaymentIntentId!);
  assert.deepEqual(
    onStripe.map((r) => [r.amount, r.id]),
    [[700, result.refund.stripeRefundId]],
  );
});

test('a refund amount Stripe could not take in the currency (KWD with a last digit) is refused before Stripe is called', async () => {
  const payment = await succeededPayment(env.database.prisma, merchantId, { amount: 12_340, currency: 'kwd' });
  const error = await rejection(refund(payment.id, 1_235));
  assert.deepEqual([error.code, error.param], ['parameter_invalid', 'amount']);
  assert.match(error.message, /multiple of 10/);
  assert.equal((await stripeRefundsOf(payment.stripePaymentIntentId!)).length, 0);
  assert.equal((await refund(payment.id, 1_230)).refund.status, 'succeeded');
});
