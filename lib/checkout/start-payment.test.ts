import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from './start-payment';
import { confirmAfterThreeDSecure } from './confirm-after-three-d-secure';

let env: TestEnvironment;
let merchantId: string;
const PUBLIC_URL = 'http://localhost:3999';

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Test shop' })).id;
});
after(() => env.close());

async function newSession(threeDSecureUi: 'modal' | 'redirect' = 'modal') {
  return createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'eur',
    lineItems: [{ name: 'Book', unitAmount: 1500, quantity: 2 }],
    successUrl: 'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}',
    threeDSecureUi,
  });
}

const input = (sessionId: string, paymentMethodId = 'pm_card_visa') => ({
  sessionId,
  paymentMethodId,
  email: 'buyer@example.com',
});

test('amount and currency come from the session; success waits for the webhook (processing)', async () => {
  const session = await newSession();
  const step = await startPayment(env.database.prisma, input(session.id), PUBLIC_URL);
  assert.equal(step.kind, 'processing');
  const payment = await env.database.prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  assert.equal(payment.status, 'processing');
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.deepEqual(
    [intent.amount, intent.currency, intent.confirmation_method, intent.status],
    [3000, 'eur', 'manual', 'succeeded'],
  );
  assert.equal(intent.metadata.tillpoint_payment_id, payment.id);
});

test('two submissions at once produce one attempt and one PaymentIntent', async () => {
  const session = await newSession();
  const steps = await Promise.all([
    startPayment(env.database.prisma, input(session.id), PUBLIC_URL),
    startPayment(env.database.prisma, input(session.id), PUBLIC_URL),
  ]);
  const kinds = steps.map((step) => (step.kind === 'unavailable' ? step.reason : step.kind)).sort();
  // The second sees the first in flight ('busy'), or, when it starts only after the first finished, its result.
  assert.ok(kinds[1] === 'processing' && ['busy', 'processing'].includes(kinds[0]!), kinds.join());
  const payment = await env.database.prisma.payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { attempts: true },
  });
  assert.equal(payment.attempts.length, 1);
  const intents = await stripe().paymentIntents.list({ limit: 100 });
  assert.equal(intents.data.filter((pi) => pi.metadata.tillpoint_payment_id === payment.id).length, 1);
});

test('a payment waiting on 3DS is reused by a second submission, never charged twice', async () => {
  const session = await newSession();
  const first = await startPayment(
    env.database.prisma,
    input(session.id, 'pm_card_authenticationRequired'),
    PUBLIC_URL,
  );
  assert.equal(first.kind, 'requires_action');
  const again = await startPayment(env.database.prisma, input(session.id, 'pm_card_visa'), PUBLIC_URL);
  assert.equal(again.kind, 'requires_action');
  assert.equal(
    again.kind === 'requires_action' && again.clientSecret,
    first.kind === 'requires_action' && first.clientSecret,
  );
});

test('redirect sessions get a redirect_to_url back to /return; after 3DS the server confirms again', async () => {
  const session = await newSession('redirect');
  const step = await startPayment(env.database.prisma, input(session.id, 'pm_card_threeDSecure2Required'), PUBLIC_URL);
  assert.equal(step.kind, 'redirect');
  const payment = await env.database.prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.equal(intent.next_action?.redirect_to_url?.return_url, `${PUBLIC_URL}/return?payment=${payment.id}`);

  await fetch(`${env.sandboxUrl}/_sandbox/payment_intents/${intent.id}/three_d_secure`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'outcome=complete',
  });
  assert.equal((await stripe().paymentIntents.retrieve(intent.id)).status, 'requires_confirmation');
  const after = await confirmAfterThreeDSecure(env.database.prisma, payment.id, PUBLIC_URL);
  assert.equal(after.kind, 'processing');
  assert.equal((await stripe().paymentIntents.retrieve(intent.id)).status, 'succeeded');
});

test('a decline leaves the payment retryable on the same PaymentIntent with a customer message', async () => {
  const session = await newSession();
  const declined = await startPayment(
    env.database.prisma,
    input(session.id, 'pm_card_visa_chargeDeclinedInsufficientFunds'),
    PUBLIC_URL,
  );
  assert.equal(declined.kind, 'failed');
  assert.match(declined.kind === 'failed' ? declined.message : '', /^Your card has insufficient funds\./);
  const retried = await startPayment(env.database.prisma, input(session.id, 'pm_card_visa'), PUBLIC_URL);
  assert.equal(retried.kind, 'processing');
  const payment = await env.database.prisma.payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { attempts: true },
  });
  assert.equal(payment.attempts.length, 2);
});

test('an expired session takes no payment', async () => {
  const session = await newSession();
  await env.database.prisma.checkoutSession.update({
    where: { id: session.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const step = await startPayment(env.database.prisma, input(session.id), PUBLIC_URL);
  assert.deepEqual(step.kind === 'unavailable' && step.reason, 'expired');
});

test('each failed attempt is its own payment.failed event, even with the same decline code', async () => {
  const session = await newSession();
  for (let i = 0; i < 2; i++) {
    const step = await startPayment(env.database.prisma, input(session.id, 'pm_card_visa_chargeDeclined'), PUBLIC_URL);
    assert.equal(step.kind, 'failed');
  }
  const payment = await env.database.prisma.payment.findUniqueOrThrow({
    where: { sessionId: session.id },
    include: { timeline: true },
  });
  assert.equal(payment.timeline.filter((event) => event.toStatus === 'requires_payment_method').length, 2);
  const events = await env.database.prisma.merchantEvent.findMany({ where: { merchantId, type: 'payment.failed' } });
  assert.equal(events.filter((event) => (event.data as { object: { id: string } }).object.id === payment.id).length, 2);
});
