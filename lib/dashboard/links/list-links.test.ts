import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '@/lib/db/create-prisma';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { PAGE_SIZE } from '../keyset-page';
import { parsePageCursor } from '../page-cursor';
import { listLinkCompletions } from './list-link-completions';
import { listLinks, parseLinkStatus } from './list-links';
import { loadLink, merchantOwnsLink } from './load-link';

let database: TestDatabase;
let db: Db;
let merchantId: string;
let otherId: string;
let n = 0;

before(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  merchantId = (await createMerchant(db, { name: 'Links list shop' })).id;
  otherId = (await createMerchant(db, { name: 'Other links shop' })).id;
});
after(() => database.close());

async function addLink(
  owner: string,
  at: string,
  state: { active?: boolean; count?: number; limit?: number | null } = {},
) {
  const id = `plink_${`list${`${++n}`.padStart(4, '0')}`.padEnd(24, '0')}`;
  await db.paymentLink.create({
    data: {
      id,
      merchantId: owner,
      slug: `slug${id}`.padEnd(24, 'x').slice(0, 24),
      currency: 'usd',
      lineItems: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }],
      active: state.active ?? true,
      completedCount: state.count ?? 0,
      completedLimit: state.limit ?? null,
      createdAt: new Date(at),
    },
  });
  return id;
}

const list = (query: Record<string, string>, owner = merchantId) => {
  const ignored: string[] = [];
  return listLinks(db, owner, parseLinkStatus(query, ignored), parsePageCursor(query, ignored, 'payment_link')).then(
    (page) => ({ ...page, ignored, ids: page.rows.map((row) => row.id) }),
  );
};

test('the status filter means what a merchant means: taking payments, or not (deactivated or limit reached)', async () => {
  const open = await addLink(merchantId, '2026-12-01T10:00:00Z');
  const underLimit = await addLink(merchantId, '2026-12-01T09:00:00Z', { count: 2, limit: 3 });
  const full = await addLink(merchantId, '2026-12-01T08:00:00Z', { count: 3, limit: 3 });
  const off = await addLink(merchantId, '2026-12-01T07:00:00Z', { active: false });
  await addLink(otherId, '2026-12-01T11:00:00Z');

  assert.deepEqual((await list({})).ids, [open, underLimit, full, off]);
  assert.deepEqual((await list({ status: 'active' })).ids, [open, underLimit]);
  assert.deepEqual((await list({ status: 'inactive' })).ids, [full, off]);
  const odd = await list({ status: 'archived' });
  assert.deepEqual(odd.ids, [open, underLimit, full, off]);
  assert.match(odd.ignored[0]!, /“archived” is not a link status/);

  assert.equal(await merchantOwnsLink(db, merchantId, open), true);
  assert.equal(await merchantOwnsLink(db, otherId, open), false);
  assert.equal(await merchantOwnsLink(db, merchantId, 'plink_%00'), false);
  assert.equal(await loadLink(db, otherId, open), null);
});

test('pages of links run newest first with Older and Newer cursors; another merchant’s link is no cursor', async () => {
  const owner = (await createMerchant(db, { name: 'Many links shop' })).id;
  const ids: string[] = [];
  for (let i = 0; i < PAGE_SIZE + 3; i++)
    ids.unshift(await addLink(owner, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()));
  const first = await list({}, owner);
  assert.deepEqual(first.ids, ids.slice(0, PAGE_SIZE));
  assert.equal(first.previous, null);
  const second = await list({ after: first.next! }, owner);
  assert.deepEqual(second.ids, ids.slice(PAGE_SIZE));
  assert.equal(second.next, null);
  assert.deepEqual((await list({ before: second.previous! }, owner)).ids, ids.slice(0, PAGE_SIZE));
  const foreign = await list({ after: await addLink(otherId, '2026-11-01T00:00:00Z') }, owner);
  assert.equal(foreign.cursorIgnored, true);
  assert.deepEqual(foreign.ids, ids.slice(0, PAGE_SIZE));
});

test('a link’s completions are its paid sessions with their payments, most recently completed first, in pages', async () => {
  const link = await addLink(merchantId, '2026-10-01T00:00:00Z');
  const other = await addLink(merchantId, '2026-10-01T00:00:00Z');
  const completed: string[] = [];
  const add = async (linkId: string, status: 'open' | 'complete', completedAt: Date | null, email: string) => {
    const id = `cs_done_${`${++n}`.padStart(4, '0')}`;
    await db.checkoutSession.create({
      data: {
        id,
        merchantId,
        paymentLinkId: linkId,
        currency: 'usd',
        amountTotal: 4500,
        customerEmail: email,
        status,
        completedAt,
        expiresAt: new Date('2026-10-02T00:00:00Z'),
        createdAt: new Date('2026-10-01T00:00:00Z'),
      },
    });
    await db.payment.create({
      data: {
        id: `pay_done_${n}`,
        merchantId,
        sessionId: id,
        amount: 4500,
        currency: 'usd',
        status: status === 'complete' ? 'succeeded' : 'requires_payment_method',
      },
    });
    return id;
  };
  // Opened in one order, paid in the reverse one: the list follows the time of payment.
  for (let i = 0; i < PAGE_SIZE + 2; i++)
    completed.push(
      await add(link, 'complete', new Date(Date.UTC(2026, 9, 1, 12, PAGE_SIZE + 2 - i)), `c${i}@example.com`),
    );
  await add(link, 'open', null, 'pending@example.com');
  await add(other, 'complete', new Date('2026-10-01T13:00:00Z'), 'elsewhere@example.com');

  const first = await listLinkCompletions(db, merchantId, link, { direction: 'first' });
  assert.deepEqual(
    first.rows.map((row) => row.id),
    completed.slice(0, PAGE_SIZE),
  );
  assert.equal(first.rows[0]!.payment?.status, 'succeeded');
  assert.equal(first.rows[0]!.customerEmail, 'c0@example.com');
  const second = await listLinkCompletions(db, merchantId, link, { direction: 'after', id: first.next! });
  assert.deepEqual(
    second.rows.map((row) => row.id),
    completed.slice(PAGE_SIZE),
  );
  assert.deepEqual(
    (await listLinkCompletions(db, merchantId, link, { direction: 'before', id: second.previous! })).rows.map(
      (row) => row.id,
    ),
    completed.slice(0, PAGE_SIZE),
  );
  assert.equal((await listLinkCompletions(db, otherId, link, { direction: 'first' })).rows.length, 0);
});
