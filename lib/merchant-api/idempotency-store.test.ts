import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { ApiError } from './api-error';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  pruneIdempotencyKeys,
  releaseIdempotencyKey,
} from './idempotency-store';

let database: TestDatabase;
let merchantId: string;
before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(database.prisma, { name: 'Idem' })).id;
});
after(() => database.close());

const claim = (key: string, requestHash = 'h1', path = '/api/v1/checkout/sessions') => ({
  merchantId,
  key,
  method: 'POST',
  path,
  requestHash,
});
const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : String(error));

test('of 20 concurrent claims of one key exactly one owns it; the others see it in use', async () => {
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, () => claimIdempotencyKey(database.prisma, claim('race'))),
  );
  const owners = results.filter((result) => result.status === 'fulfilled' && result.value.kind === 'owner');
  assert.equal(owners.length, 1);
  for (const result of results)
    if (result.status === 'rejected') assert.equal(codeOf(result.reason), 'idempotency_key_in_use');
});

test('a completed key replays for the same request and refuses a different one', async () => {
  assert.deepEqual(await claimIdempotencyKey(database.prisma, claim('done')), { kind: 'owner' });
  await completeIdempotencyKey(database.prisma, merchantId, 'done', 200, { id: 'cs_1' });
  assert.deepEqual(await claimIdempotencyKey(database.prisma, claim('done')), {
    kind: 'replay',
    status: 200,
    body: { id: 'cs_1' },
  });
  await assert.rejects(
    claimIdempotencyKey(database.prisma, claim('done', 'h2')),
    (error) => codeOf(error) === 'idempotency_key_reused',
  );
  await assert.rejects(
    claimIdempotencyKey(database.prisma, claim('done', 'h1', '/api/v1/api_keys')),
    (error) => codeOf(error) === 'idempotency_key_reused',
  );
});

test('a released key can be claimed again; expired keys are pruned and reusable; long keys are refused', async () => {
  await claimIdempotencyKey(database.prisma, claim('retry'));
  await releaseIdempotencyKey(database.prisma, merchantId, 'retry');
  assert.deepEqual(await claimIdempotencyKey(database.prisma, claim('retry', 'other')), { kind: 'owner' });

  const past = new Date(Date.now() - 25 * 3600 * 1000);
  await claimIdempotencyKey(database.prisma, claim('old'), past);
  await completeIdempotencyKey(database.prisma, merchantId, 'old', 200, {});
  assert.deepEqual(await claimIdempotencyKey(database.prisma, claim('old', 'new body')), { kind: 'owner' });
  await claimIdempotencyKey(database.prisma, claim('old2'), past);
  assert.ok((await pruneIdempotencyKeys(database.prisma)) >= 1);

  await assert.rejects(
    claimIdempotencyKey(database.prisma, claim('k'.repeat(256))),
    (error) => codeOf(error) === 'idempotency_key_invalid',
  );
});
