import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { hashSecretKey } from '@/lib/api-keys/secret-key';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';

const run = promisify(execFile);
let database: TestDatabase;
let dataDir: string;

before(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'tillpoint-cli-'));
});
after(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

function tillpoint(args: string[], env: Record<string, string | undefined>) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return run(process.execPath, ['bin/tillpoint.mjs', ...args], { env: { ...base, ...env } }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

test('merchants create --json prints the merchant and a key that is stored only hashed', async () => {
  const result = await tillpoint(['merchants', 'create', '--name', 'Acme', '--json'], { DATABASE_URL: database.url });
  assert.equal(result.code, 0, result.stderr);
  const created = JSON.parse(result.stdout) as { id: string; name: string; secret_key: string };
  assert.deepEqual(Object.keys(created), ['id', 'name', 'secret_key']);
  assert.equal(created.name, 'Acme');
  assert.match(created.secret_key, /^sk_test_/);
  const key = await database.prisma.apiKey.findFirstOrThrow({ where: { merchantId: created.id } });
  assert.equal(key.hash, hashSecretKey(created.secret_key));

  const list = await tillpoint(['merchants', 'list', '--json'], { DATABASE_URL: database.url });
  const rows = JSON.parse(list.stdout) as { id: string; key_prefixes: string[] }[];
  const row = rows.find((r) => r.id === created.id);
  assert.deepEqual(row?.key_prefixes, [created.secret_key.slice(0, 12)]);
  assert.ok(!list.stdout.includes(created.secret_key));
});

test('mistakes give one clear line and exit 1', async () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['merchants', 'create', '--name', ''], { DATABASE_URL: database.url }, /^--name must not be empty$/],
    [['merchants', 'delete'], { DATABASE_URL: database.url }, /^Usage: npx tillpoint merchants/],
    [['merchants', 'list', '--colour'], { DATABASE_URL: database.url }, /^Unknown option '--colour'/],
    [['merchants', 'list'], { DATABASE_URL: 'not-a-url' }, /^Configuration error: DATABASE_URL must be a postgres/],
    [['merchants', 'list'], { DATABASE_URL: 'postgresql://nobody:x@127.0.0.1:1/none' }, /^Cannot reach the database/],
  ];
  for (const [args, env, expected] of cases) {
    const result = await tillpoint(args, env);
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr.trim(), expected);
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${result.stderr}`);
  }
});

test('without DATABASE_URL the embedded database persists between runs', async () => {
  const env = { TILLPOINT_DATA_DIR: dataDir, EMBEDDED_DB_PORT: '0' };
  const created = await tillpoint(['merchants', 'create', '--name', 'Persisted Ltd', '--json'], env);
  assert.equal(created.code, 0, created.stderr);
  const { id } = JSON.parse(created.stdout) as { id: string };
  const list = await tillpoint(['merchants', 'list'], env);
  assert.match(list.stdout, new RegExp(`${id}\\s+Persisted Ltd`));
});

test('users create reads the password from stdin, stores only a hash, and refuses bad input clearly', async () => {
  const merchant = JSON.parse(
    (await tillpoint(['merchants', 'create', '--name', 'Users shop', '--json'], { DATABASE_URL: database.url })).stdout,
  ) as { id: string };
  const create = (args: string[], password: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const { DATABASE_URL: _ignored, ...base } = process.env;
      const child = execFile(
        process.execPath,
        ['bin/tillpoint.mjs', 'users', 'create', ...args],
        { env: { ...base, DATABASE_URL: database.url } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(`${password}\n`);
    });
  const ok = await create(
    ['--merchant', merchant.id, '--email', 'Ops@Example.com', '--password-stdin', '--json'],
    'a long enough password',
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), {
    id: JSON.parse(ok.stdout).id,
    email: 'ops@example.com',
    merchant: merchant.id,
  });
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'ops@example.com' } });
  assert.ok(!user.passwordHash.includes('a long enough password'));

  const again = await create(
    ['--merchant', merchant.id, '--email', 'ops@example.com', '--password-stdin'],
    'a long enough password',
  );
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /already exists/);
  const short = await create(['--merchant', merchant.id, '--email', 'x@example.com', '--password-stdin'], 'short');
  assert.match(short.stderr, /at least 12 characters/);
  const noMerchant = await create(
    ['--merchant', 'mer_missing', '--email', 'y@example.com', '--password-stdin'],
    'a long enough password',
  );
  assert.match(noMerchant.stderr, /No merchant mer_missing/);
  const noTty = await tillpoint(['users', 'create', '--merchant', merchant.id, '--email', 'z@example.com'], {
    DATABASE_URL: database.url,
  });
  assert.match(noTty.stderr, /--password-stdin/);
});
