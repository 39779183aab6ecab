import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type Stripe from 'stripe';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from '@/lib/checkout/start-payment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { handleStripeEvent } from './handle-stripe-event';
import { reconcilePayments } from './reconcile-payments';

let env: TestEnvironment;
let merchantId: string;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Events shop' })).id;
});
after(() => env.close());

async function paidPayment() {
  const session = await createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4200, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  await startPayment(
    env.database.prisma,
    { sessionId: session.id, paymentMethodId: 'pm_card_visa', email: 'a@example.com' },
    'http://localhost:3999',
  );
  return env.database.prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
}

async function eventsFor(intentId: string): Promise<Stripe.Event[]> {
  const events = await stripe().events.list({ limit: 100 });
  return events.data.filter((event) => (event.data.object as { id?: string }).id === intentId);
}

test('events applied out of order and twice: succeeded once, never regressed, session complete', async () => {
  const payment = await paidPayment();
  const events = await eventsFor(payment.stripePaymentIntentId!);
  const succeeded = events.find((event) => event.type === 'payment_intent.succeeded')!;
  const created = events.find((event) => event.type === 'payment_intent.created')!;
  const staleRequiresAction = {
    ...created,
    id: `${created.id}_stale`,
    type: 'payment_intent.requires_action',
  } as Stripe.Event;

  assert.equal(await handleStripeEvent(env.database.prisma, succeeded), 'applied');
  assert.equal(await handleStripeEvent(env.database.prisma, succeeded), 'duplicate');
  assert.equal(await handleStripeEvent(env.database.prisma, staleRequiresAction), 'applied');
  assert.equal(await handleStripeEvent(env.database.prisma, created), 'applied');

  const after = await env.database.prisma.payment.findUniqueOrThrow({
    where: { id: payment.id },
    include: { timeline: true, session: true },
  });
  assert.equal(after.status, 'succeeded');
  assert.equal(after.session.status, 'complete');
  assert.deepEqual(
    after.timeline.filter((e) => e.toStatus === 'succeeded').map((e) => [e.source, e.sourceRef]),
    [['webhook', succeeded.id]],
  );
  assert.equal(await env.database.prisma.stripeEvent.count({ where: { paymentId: payment.id } }), 3);
});

test('the same event delivered concurrently is applied once', async () => {
  const payment = await paidPayment();
  const succeeded = (await eventsFor(payment.stripePaymentIntentId!)).find(
    (event) => event.type === 'payment_intent.succeeded',
  )!;
  const outcomes = await Promise.all(
    Array.from({ length: 5 }, () => handleStripeEvent(env.database.prisma, succeeded)),
  );
  assert.equal(outcomes.filter((o) => o === 'applied').length, 1);
  const timeline = await env.database.prisma.paymentEvent.count({
    where: { paymentId: payment.id, toStatus: 'succeeded' },
  });
  assert.equal(timeline, 1);
});

test('unknown event types are acknowledged and ignored', async () => {
  const event = {
    id: 'evt_unknown_kind_1',
    type: 'customer.created',
    data: { object: { id: 'cus_1' } },
  } as unknown as Stripe.Event;
  assert.equal(await handleStripeEvent(env.database.prisma, event), 'ignored');
  assert.equal(await handleStripeEvent(env.database.prisma, event), 'duplicate');
});

test('with no webhook at all, the reconciler reads Stripe and converges a stale payment', async () => {
  const payment = await paidPayment();
  assert.equal(
    (await env.database.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status,
    'processing',
  );
  assert.equal(await reconcilePayments(env.database.prisma, { olderThanMs: 60_000 }), 0);
  const changed = await reconcilePayments(env.database.prisma, { olderThanMs: 0 });
  assert.ok(changed >= 1);
  const after = await env.database.prisma.payment.findUniqueOrThrow({
    where: { id: payment.id },
    include: { timeline: true },
  });
  assert.equal(after.status, 'succeeded');
  assert.equal(after.timeline.at(-1)?.source, 'reconciler');
});
