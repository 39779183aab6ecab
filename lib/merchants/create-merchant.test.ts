import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hashSecretKey, SECRET_KEY_PATTERN } from '@/lib/api-keys/secret-key';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createMerchant } from './create-merchant';
import { ensureDemoMerchant } from './ensure-demo-merchant';
import { listMerchants } from './list-merchants';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('a new merchant gets a secret key that is stored only as its hash', async () => {
  const merchant = await createMerchant(database.prisma, { name: '  Acme  ' });
  assert.equal(merchant.name, 'Acme');
  assert.match(merchant.id, /^mer_[0-9A-Za-z]{24}$/);
  assert.match(merchant.secretKey, SECRET_KEY_PATTERN);
  const keys = await database.prisma.apiKey.findMany({ where: { merchantId: merchant.id } });
  assert.equal(keys.length, 1);
  assert.equal(keys[0]!.hash, hashSecretKey(merchant.secretKey));
  assert.equal(keys[0]!.prefix, merchant.secretKey.slice(0, 12));
  assert.ok(!JSON.stringify(keys).includes(merchant.secretKey));
});

test('names are validated', async () => {
  await assert.rejects(createMerchant(database.prisma, { name: '   ' }), /must not be empty/);
  await assert.rejects(createMerchant(database.prisma, { name: 'x'.repeat(101) }), /at most 100/);
});

test('the demo merchant is created once', async () => {
  const created = await ensureDemoMerchant(database.prisma);
  assert.ok(created);
  assert.equal(await ensureDemoMerchant(database.prisma), null);
  const demos = (await listMerchants(database.prisma)).filter((m) => m.isDemo);
  assert.equal(demos.length, 1);
});
