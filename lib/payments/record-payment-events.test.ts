import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type Stripe from 'stripe';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { expireSessions } from '@/lib/sessions/expire-sessions';
import { startPayment } from '@/lib/checkout/start-payment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createEndpoint } from '@/lib/merchant-api/webhook-endpoints/create-endpoint';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import type { Payment } from '@/lib/generated/prisma/client';
import { paymentEventTypes } from './record-payment-events';

let env: TestEnvironment;
const db = () => env.database.prisma;

before(async () => {
  env = await createTestEnvironment();
});
after(() => env.close());

async function shopWithEndpoints(name: string) {
  const merchantId = (await createMerchant(db(), { name })).id;
  const add = (enabled_events: string[]) =>
    createEndpoint(db(), merchantId, { url: 'https://shop.example/hooks', enabled_events });
  const endpoints = {
    all: await add(['*']),
    succeeded: await add(['payment.succeeded']),
    failed: await add(['payment.failed']),
    off: await add(['*']),
    gone: await add(['*']),
  };
  await db().webhookEndpoint.update({ where: { id: endpoints.off.id }, data: { enabled: false } });
  await db().webhookEndpoint.update({ where: { id: endpoints.gone.id }, data: { deletedAt: new Date() } });
  return { merchantId, endpoints };
}

async function pay(merchantId: string, paymentMethodId: string) {
  const session = await createCheckoutSession(db(), {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4200, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  await startPayment(db(), { sessionId: session.id, paymentMethodId, email: 'a@example.com' }, 'http://localhost:3999');
  return db().payment.findUniqueOrThrow({ where: { sessionId: session.id } });
}

async function stripeEvent(intentId: string, type: string): Promise<Stripe.Event> {
  const events = await stripe().events.list({ limit: 100 });
  return events.data.find((event) => event.type === type && (event.data.object as { id?: string }).id === intentId)!;
}

const eventsOf = (merchantId: string) =>
  db().merchantEvent.findMany({
    where: { merchantId },
    orderBy: { sequence: 'asc' },
    include: { deliveries: { select: { endpointId: true } } },
  });

test('a payment that succeeds records payment.succeeded and checkout.session.completed, queued for each live subscribed endpoint', async () => {
  const { merchantId, endpoints } = await shopWithEndpoints('Outbox shop');
  const payment = await pay(merchantId, 'pm_card_visa');
  assert.deepEqual(await eventsOf(merchantId), [], 'processing is not an event');
  await handleStripeEvent(db(), await stripeEvent(payment.stripePaymentIntentId!, 'payment_intent.succeeded'));

  const events = await eventsOf(merchantId);
  assert.deepEqual(
    events.map((e) => e.type),
    ['payment.succeeded', 'checkout.session.completed'],
  );
  const [paid, completed] = events.map(
    (e) => (e.data as { object: { id: string; object: string; status: string } }).object,
  );
  assert.deepEqual([paid?.id, paid?.object, paid?.status], [payment.id, 'payment', 'succeeded']);
  assert.deepEqual(
    [completed?.id, completed?.object, completed?.status],
    [payment.sessionId, 'checkout.session', 'complete'],
  );
  assert.deepEqual(
    events[0]!.deliveries.map((d) => d.endpointId).sort(),
    [endpoints.all.id, endpoints.succeeded.id].sort(),
  );
  assert.deepEqual(
    events[1]!.deliveries.map((d) => d.endpointId),
    [endpoints.all.id],
  );

  await handleStripeEvent(db(), {
    ...(await stripeEvent(payment.stripePaymentIntentId!, 'payment_intent.succeeded')),
    id: 'evt_again',
  } as Stripe.Event);
  assert.equal((await eventsOf(merchantId)).length, 2, 'converging again records nothing');
});

test('3-D Secure and expiry: payment.requires_action, then checkout.session.expired and payment.canceled', async () => {
  const { merchantId } = await shopWithEndpoints('3DS shop');
  const payment = await pay(merchantId, 'pm_card_authenticationRequired');
  assert.deepEqual(
    (await eventsOf(merchantId)).map((e) => e.type),
    ['payment.requires_action'],
  );

  await db().checkoutSession.update({ where: { id: payment.sessionId }, data: { expiresAt: new Date() } });
  await expireSessions(db(), new Date(Date.now() + 1000));
  const events = await eventsOf(merchantId);
  assert.deepEqual(
    events.map((e) => e.type),
    ['payment.requires_action', 'checkout.session.expired', 'payment.canceled'],
  );
  assert.equal((events[1]!.data as { object: { status: string } }).object.status, 'expired');
});

test('a declined card records payment.failed carrying the error', async () => {
  const { merchantId } = await shopWithEndpoints('Declined shop');
  await pay(merchantId, 'pm_card_visa_chargeDeclined');
  const [failed] = await eventsOf(merchantId);
  assert.equal(failed?.type, 'payment.failed');
  const object = (failed!.data as { object: { status: string; last_error: { code: string } } }).object;
  assert.equal(object.status, 'requires_payment_method');
  assert.equal(object.last_error.code, 'card_declined');
});

test('the event is written in the payment change transaction: when writing it fails, the payment change rolls back too', async () => {
  const { merchantId } = await shopWithEndpoints('Rollback shop');
  const payment = await pay(merchantId, 'pm_card_visa');
  await db().$executeRawUnsafe(
    `CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$`,
  );
  await db().$executeRawUnsafe(
    'CREATE TRIGGER refuse_event AFTER INSERT ON webhook_deliveries FOR EACH ROW EXECUTE FUNCTION refuse_event()',
  );
  try {
    await assert.rejects(
      handleStripeEvent(db(), await stripeEvent(payment.stripePaymentIntentId!, 'payment_intent.succeeded')),
      /outbox down/,
    );
  } finally {
    await db().$executeRawUnsafe('DROP TRIGGER refuse_event ON webhook_deliveries');
    await db().$executeRawUnsafe('DROP FUNCTION refuse_event');
  }
  const after = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { session: true } });
  assert.equal(after.status, 'processing', 'the payment change rolled back with its event');
  assert.equal(after.session.status, 'open');
  assert.deepEqual(await eventsOf(merchantId), [], 'no event without the change');

  await handleStripeEvent(db(), await stripeEvent(payment.stripePaymentIntentId!, 'payment_intent.succeeded'));
  assert.deepEqual(
    (await eventsOf(merchantId)).map((e) => e.type),
    ['payment.succeeded', 'checkout.session.completed'],
    'the retried webhook records both',
  );
});

test('which payment events a change reports', () => {
  const at = (status: Payment['status'], lastErrorCode: string | null = null) => ({ status, lastErrorCode }) as Payment;
  assert.deepEqual(paymentEventTypes(at('requires_payment_method'), at('requires_action')), [
    'payment.requires_action',
  ]);
  assert.deepEqual(
    paymentEventTypes(at('requires_action'), at('requires_action')),
    [],
    'a new challenge on the same attempt is no event',
  );
  assert.deepEqual(paymentEventTypes(at('requires_action'), at('processing')), ['payment.action_completed']);
  assert.deepEqual(paymentEventTypes(at('requires_action'), at('requires_confirmation')), ['payment.action_completed']);
  assert.deepEqual(paymentEventTypes(at('requires_action'), at('succeeded')), [
    'payment.action_completed',
    'payment.succeeded',
  ]);
  assert.deepEqual(
    paymentEventTypes(at('requires_action'), at('requires_payment_method', 'payment_intent_authentication_failure')),
    ['payment.failed'],
  );
  assert.deepEqual(
    paymentEventTypes(at('requires_payment_method', 'card_declined'), at('requires_payment_method', 'expired_card')),
    ['payment.failed'],
  );
  assert.deepEqual(paymentEventTypes(at('processing'), at('canceled', 'x')), ['payment.canceled']);
});
