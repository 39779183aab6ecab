import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DomainError } from '@/lib/core/domain-error';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { newId } from '@/lib/ids/new-id';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createCheckoutSession } from './create-checkout-session';
import { updateSessionAmount, type AmountChange } from './update-session-amount';

let database: TestDatabase;
let merchantId: string;
const db = () => database.prisma;

before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(db(), { name: 'Amounts shop' })).id;
});
after(() => database.close());

const setQuantity =
  (position: number, quantity: number): AmountChange =>
  async (tx, session) => {
    await tx.lineItem.update({ where: { id: session.lineItems[position]!.id }, data: { quantity } });
  };

const newSession = (currency: string, lineItems: { name: string; unitAmount: number; quantity: number }[]) =>
  createCheckoutSession(db(), { merchantId, currency, lineItems, successUrl: 'https://shop.example/t' });

async function withPayment(sessionId: string, status: 'requires_payment_method' | 'requires_action' | 'processing') {
  const session = await db().checkoutSession.findUniqueOrThrow({ where: { id: sessionId } });
  return db().payment.create({
    data: { id: newId('pay'), merchantId, sessionId, amount: session.amountTotal, currency: session.currency, status },
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected a refusal'),
    (error: unknown) => {
      assert.ok(error instanceof DomainError, String(error));
      return error;
    },
  );

test('the total is recomputed from the line items in JPY (zero decimals) and written to session and payment', async () => {
  const session = await newSession('jpy', [
    { name: 'Tea', unitAmount: 1200, quantity: 1 },
    { name: 'Cup', unitAmount: 850, quantity: 2 },
  ]);
  const payment = await withPayment(session.id, 'requires_payment_method');
  const updated = await updateSessionAmount(db(), session.id, setQuantity(1, 5));
  assert.equal(updated.amountTotal, 1200 + 5 * 850);
  assert.equal(updated.payment?.amount, 5450);
  assert.equal((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).amount, 5450);
  assert.equal((await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } })).amountTotal, 5450);
});

test('KWD (three decimals): 3 × 12.340 is 37.020, kept in integer minor units', async () => {
  const session = await newSession('kwd', [{ name: 'Dates', unitAmount: 12_340, quantity: 1 }]);
  const updated = await updateSessionAmount(db(), session.id, setQuantity(0, 3));
  assert.equal(updated.amountTotal, 37_020);
  assert.equal(updated.payment, null);
});

test('a total below the currency minimum or above the card maximum is refused and changes nothing', async () => {
  const session = await newSession('eur', [{ name: 'Pin', unitAmount: 60, quantity: 2 }]);
  const low = await refusal(updateSessionAmount(db(), session.id, setQuantity(0, 0)));
  assert.deepEqual([low.code, low.param], ['parameter_invalid', 'line_items']);
  await refusal(updateSessionAmount(db(), session.id, setQuantity(0, 2_000_000)));
  const unchanged = await db().checkoutSession.findUniqueOrThrow({
    where: { id: session.id },
    include: { lineItems: true },
  });
  assert.deepEqual([unchanged.amountTotal, unchanged.lineItems[0]!.quantity], [120, 2]);
});

test('refused while a payment attempt is unfinished, and while the payment waits on 3-D Secure or Stripe', async () => {
  const session = await newSession('eur', [{ name: 'Lamp', unitAmount: 4000, quantity: 1 }]);
  const payment = await withPayment(session.id, 'requires_payment_method');
  await db().paymentAttempt.create({
    data: { id: newId('att'), paymentId: payment.id, paymentMethodId: 'pm_card_visa' },
  });
  const inFlight = await refusal(updateSessionAmount(db(), session.id, setQuantity(0, 2)));
  assert.equal(inFlight.code, 'invalid_state');

  for (const status of ['requires_action', 'processing'] as const) {
    const other = await newSession('eur', [{ name: 'Lamp', unitAmount: 4000, quantity: 1 }]);
    await withPayment(other.id, status);
    assert.equal((await refusal(updateSessionAmount(db(), other.id, setQuantity(0, 2)))).code, 'invalid_state');
    assert.equal((await db().payment.findUniqueOrThrow({ where: { sessionId: other.id } })).amount, 4000);
  }
  assert.equal((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).amount, 4000);
});

test('refused once the session expired', async () => {
  const session = await newSession('eur', [{ name: 'Lamp', unitAmount: 4000, quantity: 1 }]);
  const later = new Date(session.expiresAt.getTime() + 1000);
  assert.equal((await refusal(updateSessionAmount(db(), session.id, setQuantity(0, 2), later))).code, 'invalid_state');
});
