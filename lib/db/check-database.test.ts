import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestDatabase } from '@/test-support/test-database';
import { checkDatabase } from './check-database';
import { createPrisma } from './create-prisma';

test('a reachable database checks healthy', async () => {
  const database = await createTestDatabase({ migrate: false });
  try {
    // Generous timeout: a fresh PGlite's first query can take seconds on a loaded machine; this test is about reachability.
    assert.equal(await checkDatabase(database.prisma, 30_000), true);
  } finally {
    await database.close();
  }
});

test('an unreachable database checks unhealthy within the timeout, without throwing', async () => {
  const prisma = createPrisma('postgresql://nobody:x@127.0.0.1:1/none', 1);
  const started = Date.now();
  assert.equal(await checkDatabase(prisma, 1500), false);
  assert.ok(Date.now() - started < 3000);
  await prisma.$disconnect();
});
