import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '@/lib/db/create-prisma';
import type { PaymentStatus } from '@/lib/generated/prisma/enums';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { PAGE_SIZE } from './keyset-page';
import { listPayments } from './list-payments';
import { parsePageCursor } from './page-cursor';
import { parsePaymentFilters, paymentFilterQuery } from './payment-filters';

let database: TestDatabase;
let db: Db;
let merchantId: string;
let n = 0;

before(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  merchantId = (await createMerchant(db, { name: 'List shop' })).id;
  const other = (await createMerchant(db, { name: 'Other list shop' })).id;
  await add(other, { email: 'ada@example.com', at: '2026-12-01T10:00:00Z' });
});
after(() => database.close());

async function add(
  owner: string,
  p: {
    email?: string;
    at: string;
    status?: PaymentStatus;
    amount?: number;
    currency?: string;
    error?: string;
    refunded?: number;
  },
) {
  // Ids of the real shape (prefix + 24 base62), numbered so their order is the creation order.
  const id = `list${`${++n}`.padStart(4, '0')}`.padEnd(24, '0');
  const createdAt = new Date(p.at);
  await db.checkoutSession.create({
    data: {
      id: `cs_${id}`,
      merchantId: owner,
      currency: p.currency ?? 'usd',
      amountTotal: p.amount ?? 1000,
      customerEmail: p.email ?? null,
      expiresAt: createdAt,
      createdAt,
    },
  });
  await db.payment.create({
    data: {
      id: `pay_${id}`,
      merchantId: owner,
      sessionId: `cs_${id}`,
      status: p.status ?? 'succeeded',
      amount: p.amount ?? 1000,
      currency: p.currency ?? 'usd',
      lastErrorCode: p.error ?? null,
      amountRefunded: p.refunded ?? 0,
      createdAt,
    },
  });
  return `pay_${id}`;
}

const list = (query: Record<string, string>) => {
  const ignored: string[] = [];
  const filters = parsePaymentFilters(query, ignored);
  return listPayments(db, merchantId, filters, parsePageCursor(query, ignored, 'payment')).then((page) => ({
    ...page,
    ignored,
    ids: page.rows.map((r) => r.id),
  }));
};

test('each filter narrows the list; amounts in major units mean the right minor units in each currency', async () => {
  const lamp = await add(merchantId, { email: 'Ada@Example.com', at: '2026-12-01T10:00:00Z', amount: 4500 });
  const declined = await add(merchantId, {
    email: 'bob@example.com',
    at: '2026-12-01T11:00:00Z',
    status: 'requires_payment_method',
    error: 'card_declined',
  });
  const waiting = await add(merchantId, {
    email: 'cy@example.com',
    at: '2026-11-30T23:59:59Z',
    status: 'requires_action',
    amount: 700,
  });
  const yen = await add(merchantId, {
    email: 'dee@example.com',
    at: '2026-11-20T09:00:00Z',
    amount: 45,
    currency: 'jpy',
  });
  const refunded = await add(merchantId, {
    email: 'eve@example.com',
    at: '2026-11-10T09:00:00Z',
    amount: 2000,
    refunded: 500,
  });

  assert.deepEqual((await list({})).ids, [declined, lamp, waiting, yen, refunded]);
  assert.deepEqual((await list({ status: 'failed' })).ids, [declined]);
  assert.deepEqual((await list({ status: 'requires_action' })).ids, [waiting]);
  assert.deepEqual((await list({ status: 'refunded' })).ids, [refunded]);
  assert.deepEqual((await list({ status: 'succeeded' })).ids, [lamp, yen, refunded]);
  assert.deepEqual((await list({ from: '2026-12-01' })).ids, [declined, lamp]);
  assert.deepEqual((await list({ from: '2026-11-30', to: '2026-11-30' })).ids, [waiting]);
  assert.deepEqual((await list({ email: 'ADA@example' })).ids, [lamp]);
  // "45" is $45.00 (4500 cents) and ¥45 (45 yen): both match, the 45-cent-free rest does not.
  assert.deepEqual((await list({ min: '45', max: '45' })).ids, [lamp, yen]);
  assert.deepEqual((await list({ min: '7', max: '10.00' })).ids, [declined, waiting]);
  // Bounds finer than a currency's minor unit round inwards: 44.995 → $45.00 and ¥45; 6.999 → at most $6.99 and ¥6.
  assert.deepEqual((await list({ min: '44.995', max: '45' })).ids, [lamp, yen]);
  assert.deepEqual((await list({ max: '6.999' })).ids, []);
});

test('bad filter values are ignored and explained, never an error', async () => {
  const page = await list({
    status: 'paid',
    from: '2026-02-30',
    to: 'yesterday',
    min: 'ten',
    max: '-1',
    email: 'x'.repeat(300),
    after: 'not a cursor!',
  });
  assert.equal(page.ignored.length, 7);
  assert.ok(page.ignored.some((note) => note.includes('“paid” is not a payment status')));
  assert.ok(page.rows.length > 0);
  const swapped = await list({ from: '2026-12-02', to: '2026-12-01', min: '50', max: '10' });
  assert.deepEqual(swapped.ignored, [
    'The start date is after the end date, so both dates were ignored.',
    'The minimum amount is above the maximum, so both amounts were ignored.',
  ]);
  const nul = await list({ email: 'ada\u0000@example.com', before: 'pay_\u0000' });
  assert.equal(nul.ignored.length, 2);
  const unknownCursor = await list({ after: `pay_list9999${'0'.repeat(16)}` });
  assert.equal(unknownCursor.cursorIgnored, true);
});

test('pages go older and newer without gaps or repeats, even within one timestamp', async () => {
  const owner = (await createMerchant(db, { name: 'Many shop' })).id;
  const ids: string[] = [];
  for (let i = 0; i < PAGE_SIZE * 2 + 5; i++) ids.push(await add(owner, { at: `2026-10-0${1 + (i % 3)}T12:00:00Z` }));
  const expected = (
    await db.payment.findMany({ where: { merchantId: owner }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })
  ).map((p) => p.id);

  const first = await listPayments(db, owner, {}, { direction: 'first' });
  const second = await listPayments(db, owner, {}, { direction: 'after', id: first.next! });
  const third = await listPayments(db, owner, {}, { direction: 'after', id: second.next! });
  assert.deepEqual(
    [...first.rows, ...second.rows, ...third.rows].map((p) => p.id),
    expected,
  );
  assert.deepEqual([first.previous, third.next, third.rows.length], [null, null, 5]);
  const back = await listPayments(db, owner, {}, { direction: 'before', id: third.previous! });
  assert.deepEqual(
    back.rows.map((p) => p.id),
    second.rows.map((p) => p.id),
  );
  assert.equal((await listPayments(db, merchantId, {}, { direction: 'after', id: first.next! })).cursorIgnored, true);
  assert.equal(
    paymentFilterQuery({ status: 'failed', minAmount: '5' }, { after: 'pay_x' }),
    '?status=failed&min=5&after=pay_x',
  );
});
