import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { ensureDemoStore } from './ensure-demo-store';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('with real Stripe keys no demo merchant, link or login is created', async () => {
  const db = database.prisma;
  assert.deepEqual(await ensureDemoStore(db, false), { demo: null, demoLogin: null });
  assert.equal(await db.merchant.count({ where: { isDemo: true } }), 0);
  assert.equal(await db.paymentLink.count(), 0);
  assert.equal(await db.user.count(), 0);
});

test('with the sandbox the demo store is created once, with its links and a fresh login each start', async () => {
  const db = database.prisma;
  const first = await ensureDemoStore(db, true);
  assert.ok(first.demo?.secretKey);
  assert.ok(first.demoLogin?.password);
  const again = await ensureDemoStore(db, true);
  assert.equal(again.demo, null);
  assert.notEqual(again.demoLogin?.password, first.demoLogin?.password);
  assert.equal(await db.merchant.count({ where: { isDemo: true } }), 1);
  assert.ok((await db.paymentLink.count({ where: { merchant: { isDemo: true } } })) >= 2);
});
