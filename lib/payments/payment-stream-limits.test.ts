import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startPayment } from '@/lib/checkout/start-payment';
import { OpenStreamLimit } from '@/lib/http/open-stream-limit';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { acquirePaymentStream } from './payment-stream-limits';

let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
});
after(() => env.close());

test('open status streams are capped per client IP and per payment, and a closed one frees its place', () => {
  const limits = { perIp: new OpenStreamLimit(3), perPayment: new OpenStreamLimit(2) };
  const first = acquirePaymentStream('198.51.100.1', 'pay_a', limits);
  assert.ok(first && acquirePaymentStream('198.51.100.2', 'pay_a', limits));
  assert.equal(acquirePaymentStream('198.51.100.3', 'pay_a', limits), null, 'the payment holds its two');
  assert.ok(acquirePaymentStream('198.51.100.1', 'pay_b', limits));
  assert.ok(acquirePaymentStream('198.51.100.1', 'pay_c', limits));
  assert.equal(acquirePaymentStream('198.51.100.1', 'pay_d', limits), null, 'the client holds its three');
  first();
  first();
  assert.ok(acquirePaymentStream('198.51.100.1', 'pay_d', limits), 'released once, whatever the calls');
});

test('the events route answers 429 past the per-payment cap and takes streams again once one closes', async () => {
  const { GET } = await import('@/app/api/payments/[paymentId]/events/route');
  const merchant = await createMerchant(env.database.prisma, { name: 'Stream shop' });
  const session = await createCheckoutSession(env.database.prisma, {
    merchantId: merchant.id,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4200, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  await startPayment(
    env.database.prisma,
    { sessionId: session.id, paymentMethodId: 'pm_card_threeDSecure2Required', email: 'a@example.com' },
    'http://localhost:3999',
  );
  const payment = await env.database.prisma.payment.findUniqueOrThrow({ where: { sessionId: session.id } });
  assert.equal(payment.status, 'requires_action', 'a payment whose stream stays open');

  const open = () =>
    GET(new Request(`http://localhost/api/payments/${payment.id}/events`), {
      params: Promise.resolve({ paymentId: payment.id }),
    });
  const streams = [];
  for (let i = 0; i < 5; i++) streams.push(await open());
  assert.deepEqual(
    streams.map((response) => response.status),
    [200, 200, 200, 200, 200],
  );
  const refused = await open();
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('retry-after'), '10');
  await streams[0]!.body!.cancel();
  const again = await open();
  assert.equal(again.status, 200);
  for (const response of [...streams.slice(1), again]) await response.body!.cancel();
});
