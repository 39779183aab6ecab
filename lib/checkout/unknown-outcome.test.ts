import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type Stripe from 'stripe';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { ATTEMPT_IN_FLIGHT_MS } from './claim-payment-attempt';
import { confirmAuthenticatedPayments } from './confirm-authenticated-payments';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { expireSession } from '@/lib/sessions/expire-session';
import { resolveUnfinishedAttempts } from './resolve-unfinished-attempts';
import { startPayment } from './start-payment';

let env: TestEnvironment;
let merchantId: string;
const PUBLIC_URL = 'http://localhost:3999';
const db = () => env.database.prisma;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(db(), { name: 'Unknown outcomes shop' })).id;
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
  return response.json() as Promise<unknown>;
}

const newSession = (threeDSecureUi: 'modal' | 'redirect' = 'modal') =>
  createCheckoutSession(db(), {
    merchantId,
    currency: 'eur',
    lineItems: [{ name: 'Kettle', unitAmount: 4700, quantity: 1 }],
    successUrl: 'https://shop.example/t',
    threeDSecureUi,
  });

const pay = (sessionId: string, paymentMethodId = 'pm_card_visa') =>
  startPayment(db(), { sessionId, paymentMethodId, email: 'buyer@example.com' }, PUBLIC_URL);

async function intentsOf(sessionId: string): Promise<Stripe.PaymentIntent[]> {
  const all = await stripe().paymentIntents.list({ limit: 100 });
  return all.data.filter((pi) => pi.metadata.tillpoint_checkout_session_id === sessionId);
}

/** Applies every event the sandbox holds for a PaymentIntent, as the webhook route would. */
async function deliverEvents(paymentIntentId: string) {
  const events = await stripe().events.list({ limit: 100 });
  for (const event of events.data.filter((e) => (e.data.object as { id?: string }).id === paymentIntentId).reverse())
    await handleStripeEvent(db(), event);
}

test('a confirm whose answer is lost after Stripe charged: the truth is read back and a second press charges nothing', async () => {
  const session = await newSession();
  // Every try of the confirm (the SDK retries with the same key) answers 500 after the work.
  await control('/faults/fail', {
    count: '3',
    status: '500',
    when: 'after',
    path: '/v1/payment_intents/',
    method: 'POST',
  });
  const step = await pay(session.id);
  assert.equal(step.kind, 'processing');
  const payment = await db().payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { attempts: true },
  });
  assert.ok(payment.stripePaymentIntentId, 'the PaymentIntent id was stored before the confirm');
  assert.deepEqual(
    [payment.status, payment.attempts[0]?.outcome, Boolean(payment.attempts[0]?.finishedAt)],
    ['processing', 'succeeded', true],
  );

  const again = await pay(session.id);
  assert.equal(again.kind, 'processing');
  const intents = await intentsOf(session.id);
  assert.deepEqual(
    intents.map((pi) => [pi.id, pi.status]),
    [[payment.stripePaymentIntentId, 'succeeded']],
  );
  await deliverEvents(payment.stripePaymentIntentId!);
  assert.equal((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).status, 'succeeded');
});

test('a confirm that gets no answer and no read-back sends the customer to wait; the attempt blocks new charges until resolved', async () => {
  const session = await newSession();
  // The confirm's three tries and the read-back all fail before doing anything.
  await control('/faults/fail', {
    count: '3',
    status: '503',
    when: 'before',
    path: '/v1/payment_intents/',
    method: 'POST',
  });
  await control('/faults/fail', {
    count: '1',
    status: '503',
    when: 'before',
    path: '/v1/payment_intents/',
    method: 'GET',
  });
  const step = await pay(session.id);
  assert.equal(step.kind, 'processing', 'never told to pay again while the outcome is unknown');
  const payment = await db().payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { attempts: true },
  });
  assert.deepEqual([payment.attempts[0]?.outcome, payment.attempts[0]?.finishedAt], ['unknown', null]);

  // Pressing Pay again reads Stripe first: the confirm left no trace and the attempt is young, so no new charge.
  const again = await pay(session.id, 'pm_card_mastercard');
  assert.equal(again.kind, 'processing');
  assert.equal(await db().paymentAttempt.count({ where: { paymentId: payment.id } }), 1);

  // Once the attempt is old, the reconciler finds it never ran; the customer can then pay.
  await db().paymentAttempt.updateMany({
    where: { paymentId: payment.id },
    data: { createdAt: new Date(Date.now() - ATTEMPT_IN_FLIGHT_MS - 1000) },
  });
  assert.equal(await resolveUnfinishedAttempts(db()), 1);
  assert.equal(
    (await db().paymentAttempt.findFirstOrThrow({ where: { paymentId: payment.id } })).outcome,
    'not_confirmed',
  );
  assert.equal((await pay(session.id)).kind, 'processing');
  assert.deepEqual(
    (await intentsOf(session.id)).map((pi) => pi.status),
    ['succeeded'],
  );
});

test('a killed request after the confirm reached Stripe: the reconciler resolves the unfinished attempt from Stripe', async () => {
  const session = await newSession();
  const step = await pay(session.id);
  assert.equal(step.kind, 'processing');
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  // What a process killed between Stripe's answer and the database write leaves behind.
  await db().payment.update({ where: { id: payment.id }, data: { status: 'requires_payment_method' } });
  await db().paymentAttempt.updateMany({
    where: { paymentId: payment.id },
    data: { finishedAt: null, outcome: null, createdAt: new Date(Date.now() - ATTEMPT_IN_FLIGHT_MS - 1000) },
  });
  assert.equal(await resolveUnfinishedAttempts(db()), 1);
  const resolved = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { timeline: true } });
  assert.equal(resolved.status, 'succeeded', 'the reconciler reads Stripe server to server');
  assert.ok(resolved.timeline.some((event) => event.source === 'reconciler:resolve-attempt'));
});

test('a signed event for a PaymentIntent that is not the payment’s own never moves it and is flagged', async () => {
  const session = await newSession();
  assert.equal((await pay(session.id, 'pm_card_authenticationRequired')).kind, 'requires_action');
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  const foreign = await stripe().paymentIntents.create({
    amount: 50,
    currency: 'eur',
    payment_method: 'pm_card_visa',
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    metadata: { tillpoint_payment_id: payment.id },
  });
  assert.equal(foreign.status, 'succeeded');
  await deliverEvents(foreign.id);
  const after = await db().payment.findUniqueOrThrow({
    where: { id: payment.id },
    include: { session: true, anomalies: true, timeline: true },
  });
  assert.deepEqual(
    [after.status, after.session.status, after.stripePaymentIntentId],
    ['requires_action', 'open', payment.stripePaymentIntentId],
  );
  assert.deepEqual(
    after.anomalies.map((a) => [a.kind, a.stripeObjectId]),
    [['foreign_payment_intent', foreign.id]],
  );
  assert.ok(after.anomalyAt);
  assert.ok(after.timeline.some((event) => event.source === 'anomaly' && event.sourceRef === foreign.id));
  await deliverEvents(foreign.id);
  assert.equal(await db().paymentAnomaly.count({ where: { paymentId: payment.id } }), 1, 'recorded once');
});

test('authenticated in 3DS but never back on /return: the server confirms it', async () => {
  const session = await newSession('redirect');
  assert.equal((await pay(session.id, 'pm_card_threeDSecure2Required')).kind, 'redirect');
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  await control(`/payment_intents/${payment.stripePaymentIntentId}/three_d_secure`, { outcome: 'complete' });
  assert.ok((await confirmAuthenticatedPayments(db(), PUBLIC_URL, { olderThanMs: 0 })) >= 1);
  assert.equal((await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!)).status, 'succeeded');
  const after = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { timeline: true } });
  assert.equal(after.status, 'succeeded');
  assert.ok(after.timeline.some((event) => event.source === 'reconciler:server-confirm'));
});

test('a charge that lands after its session expired: the session stays expired, the payment is flagged and refunded in full', async () => {
  const session = await newSession();
  // The confirm is held at Stripe while the session expires, and the expiry's cancel is lost.
  await control('/faults/hang', { ms: '1500', count: '1', path: '/v1/payment_intents/', method: 'POST' });
  const paying = pay(session.id);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await control('/faults/fail', {
    count: '3',
    status: '500',
    when: 'before',
    path: '/v1/payment_intents/',
    method: 'POST',
  });
  assert.equal(await expireSession(db(), session.id), 'expired');
  await paying.catch(() => null);
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  assert.equal((await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!)).status, 'succeeded');

  await deliverEvents(payment.stripePaymentIntentId!);
  const after = await db().payment.findUniqueOrThrow({
    where: { id: payment.id },
    include: { session: true, anomalies: true, refunds: true },
  });
  assert.deepEqual([after.status, after.session.status], ['succeeded', 'expired']);
  assert.deepEqual(
    after.anomalies.map((a) => a.kind),
    ['paid_after_expiry'],
  );
  assert.deepEqual(
    after.refunds.map((r) => [r.amount, r.status, r.requestedBy]),
    [[4700, 'succeeded', 'system:session_expired']],
  );
  assert.equal(after.amountRefunded, 4700);
  const refunds = await stripe().refunds.list({ payment_intent: payment.stripePaymentIntentId! });
  assert.deepEqual(
    refunds.data.map((r) => r.amount),
    [4700],
  );
  const types = (
    await db().merchantEvent.findMany({ where: { objectId: payment.id }, orderBy: { sequence: 'asc' } })
  ).map((e) => e.type);
  assert.ok(types.includes('payment.refunded') && !types.includes('payment.succeeded'), types.join());
});

test('a create answered 500 after the work: the next press takes a new key; only the stored PaymentIntent is ever charged', async () => {
  const session = await newSession();
  await control('/faults/fail', {
    count: '1',
    status: '500',
    when: 'after',
    path: '/v1/payment_intents',
    method: 'POST',
  });
  // The action turns this into "try again in a moment": an unconfirmed PaymentIntent cannot have been charged.
  await assert.rejects(pay(session.id), /Simulated 500/);
  const second = await pay(session.id);
  assert.equal(second.kind, 'processing');
  const payment = await db().payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { attempts: { orderBy: { createdAt: 'asc' } } },
  });
  assert.deepEqual(
    payment.attempts.map((a) => a.outcome),
    ['create_server_error', 'succeeded'],
  );
  const intents = await intentsOf(session.id);
  assert.deepEqual(
    intents.filter((pi) => pi.status === 'succeeded').map((pi) => pi.id),
    [payment.stripePaymentIntentId],
  );
  assert.ok(
    intents.every((pi) => pi.id === payment.stripePaymentIntentId || pi.status === 'requires_payment_method'),
    'a stray is never confirmed',
  );
});
