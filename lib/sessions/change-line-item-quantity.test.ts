import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DomainError } from '@/lib/core/domain-error';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { newId } from '@/lib/ids/new-id';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { changeLineItemQuantity } from './change-line-item-quantity';
import { createCheckoutSession } from './create-checkout-session';

let database: TestDatabase;
let merchantId: string;
const db = () => database.prisma;

before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(db(), { name: 'Quantities shop' })).id;
});
after(() => database.close());

const newSession = (currency: string, unitAmount: number) =>
  createCheckoutSession(db(), {
    merchantId,
    currency,
    successUrl: 'https://shop.example/t',
    lineItems: [
      { name: 'Ticket', unitAmount, quantity: 2, adjustableQuantity: { minimum: 1, maximum: 6 } },
      { name: 'Booking fee', unitAmount, quantity: 1 },
    ],
  });

async function refused(promise: Promise<unknown>): Promise<DomainError> {
  return promise.then(
    () => assert.fail('expected a refusal'),
    (error: unknown) => {
      assert.ok(error instanceof DomainError, String(error));
      return error;
    },
  );
}

test('the bounds are stored with the line item', async () => {
  const session = await newSession('eur', 1000);
  const items = await db().lineItem.findMany({ where: { sessionId: session.id }, orderBy: { position: 'asc' } });
  assert.deepEqual(
    items.map((item) => item.adjustableQuantity),
    [{ minimum: 1, maximum: 6 }, null],
  );
});

test('a quantity within the bounds recomputes the line and session totals (JPY, KWD)', async () => {
  const jpy = await newSession('jpy', 1200);
  const changed = await changeLineItemQuantity(db(), { sessionId: jpy.id, position: 0, quantity: 6 });
  assert.deepEqual(changed, {
    currency: 'jpy',
    amountTotal: 7 * 1200,
    lineItems: [
      { position: 0, quantity: 6, amountTotal: 7200 },
      { position: 1, quantity: 1, amountTotal: 1200 },
    ],
  });
  const kwd = await newSession('kwd', 12_340);
  const kwdChanged = await changeLineItemQuantity(db(), { sessionId: kwd.id, position: 0, quantity: 1 });
  assert.equal(kwdChanged.amountTotal, 24_680);
  assert.equal((await db().checkoutSession.findUniqueOrThrow({ where: { id: kwd.id } })).amountTotal, 24_680);
});

test('outside the bounds, a fixed item, a fraction or an unknown item are refused and change nothing', async () => {
  const session = await newSession('eur', 1000);
  const attempts = [
    { position: 0, quantity: 7 },
    { position: 0, quantity: 0 },
    { position: 0, quantity: -3 },
    { position: 0, quantity: 2.5 },
    { position: 1, quantity: 2 },
    { position: 9, quantity: 1 },
  ];
  for (const attempt of attempts) {
    const error = await refused(changeLineItemQuantity(db(), { sessionId: session.id, ...attempt }));
    assert.ok(['parameter_invalid', 'resource_missing'].includes(error.code), JSON.stringify(attempt));
  }
  const after = await db().checkoutSession.findUniqueOrThrow({
    where: { id: session.id },
    include: { lineItems: true },
  });
  assert.equal(after.amountTotal, 3000);
  assert.deepEqual(after.lineItems.map((item) => item.quantity).sort(), [1, 2]);
});

test('refused while the payment waits on 3-D Secure', async () => {
  const session = await newSession('eur', 1000);
  await db().payment.create({
    data: {
      id: newId('pay'),
      merchantId,
      sessionId: session.id,
      amount: 3000,
      currency: 'eur',
      status: 'requires_action',
    },
  });
  const error = await refused(changeLineItemQuantity(db(), { sessionId: session.id, position: 0, quantity: 3 }));
  assert.equal(error.code, 'invalid_state');
  assert.equal((await db().payment.findUniqueOrThrow({ where: { sessionId: session.id } })).amount, 3000);
});

test('concurrent changes serialise under the session lock: the total matches the last quantity written', async () => {
  const session = await newSession('eur', 1000);
  await Promise.all(
    [3, 4, 5, 6].map((quantity) => changeLineItemQuantity(db(), { sessionId: session.id, position: 0, quantity })),
  );
  const after = await db().checkoutSession.findUniqueOrThrow({
    where: { id: session.id },
    include: { lineItems: { orderBy: { position: 'asc' } } },
  });
  assert.equal(after.amountTotal, after.lineItems[0]!.quantity * 1000 + 1000);
});
