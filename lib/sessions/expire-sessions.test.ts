import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { createCheckoutSession } from './create-checkout-session';
import { expireSessions } from './expire-sessions';
import { startPayment } from '@/lib/checkout/start-payment';

let env: TestEnvironment;
let merchantId: string;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Expiry shop' })).id;
});
after(() => env.close());

const newSession = () =>
  createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Chair', unitAmount: 9900, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
    expiresInSeconds: 1800,
  });

test('sessions past expiry expire; a payment stuck in 3DS is canceled with a 3DS timeout; paid ones are left alone', async () => {
  const abandoned = await newSession();
  const waiting = await newSession();
  const paid = await newSession();
  const fresh = await newSession();
  await startPayment(
    env.database.prisma,
    { sessionId: waiting.id, paymentMethodId: 'pm_card_authenticationRequired', email: 'a@example.com' },
    'http://x',
  );
  await startPayment(
    env.database.prisma,
    { sessionId: paid.id, paymentMethodId: 'pm_card_visa', email: 'a@example.com' },
    'http://x',
  );

  await env.database.prisma.checkoutSession.updateMany({
    where: { id: { in: [abandoned.id, waiting.id, paid.id] } },
    data: { expiresAt: new Date() },
  });
  assert.equal(await expireSessions(env.database.prisma, new Date(Date.now() + 1000)), 2);

  const sessions = await env.database.prisma.checkoutSession.findMany({ include: { payment: true } });
  const byId = new Map(sessions.map((s) => [s.id, s]));
  assert.equal(byId.get(abandoned.id)?.status, 'expired');
  assert.equal(byId.get(waiting.id)?.status, 'expired');
  assert.equal(byId.get(paid.id)?.status, 'open', 'a payment Stripe accepted may still complete');
  assert.equal(byId.get(fresh.id)?.status, 'open');

  const stuck = byId.get(waiting.id)!.payment!;
  assert.equal(stuck.status, 'canceled');
  assert.equal(stuck.threeDSecureFailure, 'three_d_secure_timeout');
  assert.equal((await stripe().paymentIntents.retrieve(stuck.stripePaymentIntentId!)).status, 'canceled');
  assert.equal(await expireSessions(env.database.prisma), 0, 'running again changes nothing');
});
