import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from '@/lib/checkout/start-payment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { findEmbedOrigin } from './find-embed-origin';

let env: TestEnvironment;
let merchantId: string;
const PUBLIC_URL = 'http://localhost:3999';
const SHOP = 'https://shop.example';

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Embedding shop' })).id;
  await env.database.prisma.merchant.update({ where: { id: merchantId }, data: { allowedEmbedOrigins: [SHOP] } });
});
after(() => env.close());

function embeddedSession(threeDSecureUi: 'modal' | 'redirect' = 'modal') {
  return createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4500, quantity: 1 }],
    uiMode: 'embedded',
    embedOrigin: SHOP,
    threeDSecureUi,
  });
}

test('an embedded session needs no success_url and records its embed origin; a hosted one has none', async () => {
  const session = await embeddedSession();
  assert.deepEqual([session.uiMode, session.embedOrigin, session.successUrl], ['embedded', SHOP, null]);
  const base = { merchantId, currency: 'usd', lineItems: [{ name: 'Lamp', unitAmount: 4500, quantity: 1 }] };
  await assert.rejects(createCheckoutSession(env.database.prisma, { ...base, uiMode: 'embedded' }), /embed origin/);
  await assert.rejects(
    createCheckoutSession(env.database.prisma, { ...base, successUrl: `${SHOP}/ok`, embedOrigin: SHOP }),
    /embed origin/,
  );
});

test('the embed origin frames the session only while the merchant still allows it', async () => {
  const session = await embeddedSession();
  assert.equal(await findEmbedOrigin(env.database.prisma, session.id), SHOP);
  await env.database.prisma.merchant.update({
    where: { id: merchantId },
    data: { allowedEmbedOrigins: ['https://other.example'] },
  });
  assert.equal(await findEmbedOrigin(env.database.prisma, session.id), null);
  await env.database.prisma.merchant.update({ where: { id: merchantId }, data: { allowedEmbedOrigins: [SHOP] } });

  const hosted = await createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4500, quantity: 1 }],
    successUrl: `${SHOP}/ok`,
  });
  assert.equal(await findEmbedOrigin(env.database.prisma, hosted.id), null);
  assert.equal(await findEmbedOrigin(env.database.prisma, 'cs_000000000000000000000000'), null);
});

test("an embedded redirect session's bank page returns to the embed's own return page, not the hosted one", async () => {
  const session = await embeddedSession('redirect');
  const step = await startPayment(
    env.database.prisma,
    { sessionId: session.id, paymentMethodId: 'pm_card_threeDSecure2Required', email: 'a@example.com' },
    PUBLIC_URL,
  );
  assert.equal(step.kind, 'redirect');
  const payment = await env.database.prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
  assert.equal(
    intent.next_action?.redirect_to_url?.return_url,
    `${PUBLIC_URL}/embed/${session.id}/complete?payment=${payment.id}`,
  );
});
