import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hashSecretKey } from '@/lib/api-keys/secret-key';
import { ensureDemoMerchant } from '@/lib/merchants/ensure-demo-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { DEMO_SITE_KEY_NAME, prepareDemoSite } from './prepare-demo-site';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await ensureDemoMerchant(database.prisma);
});
after(() => database.close());

test('each start gives the site a new key, revokes the previous one, and allows its origin once', async () => {
  const db = database.prisma;
  const first = await prepareDemoSite(db, 'http://localhost:3001');
  const second = await prepareDemoSite(db, 'http://localhost:3001');
  assert.notEqual(first.secretKey, second.secretKey);

  const keys = await db.apiKey.findMany({
    where: { merchantId: first.merchantId, name: DEMO_SITE_KEY_NAME },
    orderBy: { createdAt: 'asc' },
  });
  assert.equal(keys.length, 2);
  assert.deepEqual(
    keys.map((key) => key.hash),
    [hashSecretKey(first.secretKey), hashSecretKey(second.secretKey)],
  );
  assert.ok(keys[0]!.revokedAt);
  assert.equal(keys[1]!.revokedAt, null);
  const unnamed = await db.apiKey.findMany({ where: { merchantId: first.merchantId, name: null } });
  assert.ok(
    unnamed.every((key) => key.revokedAt === null),
    "the merchant's own key is untouched",
  );

  const merchant = await db.merchant.findUniqueOrThrow({ where: { id: first.merchantId } });
  assert.deepEqual(merchant.allowedEmbedOrigins, ['http://localhost:3001']);
});
