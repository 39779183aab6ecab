import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { cancelAuthorization } from '@/lib/payments/cancel-authorization';
import { applyStripeEvents, authorizedPayment } from '@/test-support/authorized-payment';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { getCheckoutState } from './checkout-state';
import { getPaymentStatusView } from '@/lib/payments/payment-status-view';

let env: TestEnvironment;
let merchantId: string;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Held shop' })).id;
});
after(() => env.close());

test('a checkout whose card is authorized says so, and says "not charged" once the hold is released', async () => {
  const db = env.database.prisma;
  const payment = await authorizedPayment(db, merchantId, { amount: 3000 });
  const held = await getCheckoutState(db, payment.sessionId);
  assert.equal(held.kind, 'paid');
  assert.equal(held.kind === 'paid' && held.authorized, true);
  const view = await getPaymentStatusView(db, payment.id);
  assert.deepEqual([view?.outcome, view?.final, view?.successUrl], ['authorized', true, 'https://shop.example/thanks']);

  await cancelAuthorization(db, { merchantId, paymentId: payment.id, settleWaitMs: 0 });
  await applyStripeEvents(db, payment.stripePaymentIntentId!);
  assert.equal((await getCheckoutState(db, payment.sessionId)).kind, 'released');
  assert.equal((await getPaymentStatusView(db, payment.id))?.outcome, 'canceled');
});
