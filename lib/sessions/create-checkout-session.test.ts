import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createCheckoutSession } from './create-checkout-session';

let database: TestDatabase;
let merchantId: string;
before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(database.prisma, { name: 'Raw insert shop' })).id;
});
after(() => database.close());

test('a session written with one raw statement reads back through Prisma exactly as returned', async () => {
  const now = new Date('2026-12-02T10:11:12.345Z');
  const created = await createCheckoutSession(
    database.prisma,
    {
      merchantId,
      currency: 'EUR',
      lineItems: [
        { name: 'Café "crème" ☕', unitAmount: 450, quantity: 2, imageUrl: 'https://cdn.example.com/c.png' },
        { name: "O'Brien's scone", unitAmount: 300, quantity: 1 },
      ],
      successUrl: 'https://shop.example.com/ok?s={CHECKOUT_SESSION_ID}',
      metadata: { order: '42', note: 'quotes " and \\ backslash' },
      threeDSecureUi: 'redirect',
      uiMode: 'embedded',
      embedOrigin: 'https://shop.example.com',
      locale: 'fr-CA',
      clientReferenceId: 'ref-1',
      expiresInSeconds: 3600,
    },
    now,
  );
  const stored = await database.prisma.checkoutSession.findUniqueOrThrow({
    where: { id: created.id },
    include: { lineItems: { orderBy: { position: 'asc' } } },
  });
  assert.deepEqual(stored, created);
  assert.equal(stored.amountTotal, 1200);
  assert.equal(stored.currency, 'eur');
  assert.equal(stored.createdAt.toISOString(), '2026-12-02T10:11:12.345Z');
  assert.equal(stored.expiresAt.toISOString(), '2026-12-02T11:11:12.345Z');
});

test('a session without a success URL (hosted confirmation) keeps its message; a bad input writes nothing', async () => {
  const created = await createCheckoutSession(database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Donation', unitAmount: 500, quantity: 1 }],
    completionMessage: 'Thank you for your support!',
  });
  const stored = await database.prisma.checkoutSession.findUniqueOrThrow({ where: { id: created.id } });
  assert.equal(stored.successUrl, null);
  assert.equal(stored.completionMessage, 'Thank you for your support!');

  const before = await database.prisma.checkoutSession.count();
  await assert.rejects(
    createCheckoutSession(database.prisma, {
      merchantId: 'mer_missing',
      currency: 'usd',
      lineItems: [{ name: 'x', unitAmount: 500, quantity: 1 }],
    }),
  );
  assert.equal(await database.prisma.checkoutSession.count(), before);
  assert.equal(
    await database.prisma.lineItem.count({
      where: {
        sessionId: {
          notIn: (await database.prisma.checkoutSession.findMany({ select: { id: true } })).map((s) => s.id),
        },
      },
    }),
    0,
  );
});
