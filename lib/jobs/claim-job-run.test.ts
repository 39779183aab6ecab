import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { claimJobRun, finishJobRun } from './claim-job-run';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});

after(async () => {
  await database.close();
});

test('one claim per interval among instances, and none while a run is unfinished', async () => {
  const claims = await Promise.all(
    ['ins_a', 'ins_b', 'ins_c'].map((owner) => claimJobRun(database.prisma, 'job-x', owner, 1)),
  );
  assert.equal(claims.filter(Boolean).length, 1, 'exactly one instance runs it');
  const owner = ['ins_a', 'ins_b', 'ins_c'][claims.indexOf(true)]!;
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.equal(await claimJobRun(database.prisma, 'job-x', 'ins_b', 1), false, 'the last run has not finished');
  await finishJobRun(database.prisma, 'job-x', owner, null);
  assert.equal(await claimJobRun(database.prisma, 'job-x', 'ins_b', 1), true, 'finished and an interval passed');
  assert.equal(await claimJobRun(database.prisma, 'job-x', 'ins_a', 1), false, 'not again within the interval');
  await finishJobRun(database.prisma, 'job-x', 'ins_b', 'boom');
  const row = await database.prisma.jobRun.findUniqueOrThrow({ where: { name: 'job-x' } });
  assert.equal(row.owner, 'ins_b');
  assert.equal(row.lastError, 'boom');
});
