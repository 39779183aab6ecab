import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hashSecretKey } from '@/lib/api-keys/secret-key';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { ApiError } from './api-error';
import { authenticateApiKey } from './authenticate-api-key';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : String(error));

test('a key resolves to its merchant; last use is recorded to the minute and reads back exactly, in any time zone', async () => {
  const merchant = await createMerchant(database.prisma, { name: 'Auth hot path' });
  const hash = hashSecretKey(merchant.secretKey);
  await database.prisma.merchant.update({
    where: { id: merchant.id },
    data: { allowedRedirectDomains: ['shop.example.com'], allowedEmbedOrigins: ['https://shop.example.com'] },
  });
  const now = new Date('2026-12-02T10:00:00.123Z');
  const authenticated = await authenticateApiKey(database.prisma, hash, now);
  assert.equal(authenticated.merchantId, merchant.id);
  assert.deepEqual(authenticated.merchant, {
    allowedRedirectDomains: ['shop.example.com'],
    allowedEmbedOrigins: ['https://shop.example.com'],
  });
  const key = await database.prisma.apiKey.findUniqueOrThrow({ where: { hash } });
  assert.equal(key.lastUsedAt?.toISOString(), '2026-12-02T10:00:00.123Z');
  await authenticateApiKey(database.prisma, hash, new Date('2026-12-02T10:00:30Z'));
  assert.equal(
    (await database.prisma.apiKey.findUniqueOrThrow({ where: { hash } })).lastUsedAt?.toISOString(),
    '2026-12-02T10:00:00.123Z',
  );
});

test('a key revoked at a moment works before it and is refused from it on; unknown keys are refused', async () => {
  const merchant = await createMerchant(database.prisma, { name: 'Revoked later' });
  const hash = hashSecretKey(merchant.secretKey);
  await database.prisma.apiKey.update({ where: { hash }, data: { revokedAt: new Date('2026-12-02T12:00:00Z') } });
  assert.equal(
    (await authenticateApiKey(database.prisma, hash, new Date('2026-12-02T11:59:59Z'))).merchantId,
    merchant.id,
  );
  await assert.rejects(
    authenticateApiKey(database.prisma, hash, new Date('2026-12-02T12:00:00Z')),
    (error) => codeOf(error) === 'api_key_revoked',
  );
  await assert.rejects(
    authenticateApiKey(database.prisma, hashSecretKey('sk_test_unknown'), new Date()),
    (error) => codeOf(error) === 'api_key_invalid',
  );
});
