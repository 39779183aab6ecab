import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { POST } from '@/app/api/v1/webhook_endpoints/route';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { MAX_WEBHOOK_ENDPOINTS } from './create-endpoint';

// Through the real route: key auth, body parsing, validation, the database. No request leaves this process.
let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
});
after(() => env.close());

async function createVia(secretKey: string, body: unknown) {
  const request = new Request('http://localhost:3999/api/v1/webhook_endpoints', {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const response = await POST(request, { params: Promise.resolve({}) });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; error?: { code: string; param: string | null; message: string } },
  };
}

test(`a merchant can have at most ${MAX_WEBHOOK_ENDPOINTS} endpoints: the next one is a 400 naming the limit; deleting one makes room`, async () => {
  const merchant = await createMerchant(env.database.prisma, { name: 'Endpoint collector' });
  const created = await Promise.all(
    Array.from({ length: MAX_WEBHOOK_ENDPOINTS + 2 }, (_, i) =>
      createVia(merchant.secretKey, { url: `https://hooks.example.com/${i}`, enabled_events: ['*'] }),
    ),
  );
  assert.equal(
    created.filter((r) => r.status === 200).length,
    MAX_WEBHOOK_ENDPOINTS,
    'concurrent creates cannot overshoot the cap',
  );
  const refused = created.filter((r) => r.status !== 200);
  assert.equal(refused.length, 2);
  for (const r of refused) {
    assert.equal(r.status, 400);
    assert.equal(r.body.error?.code, 'endpoint_limit_reached');
    assert.match(r.body.error?.message ?? '', /at most 16 webhook endpoints/);
  }
  const first = created.find((r) => r.status === 200)!.body.id!;
  await env.database.prisma.webhookEndpoint.update({ where: { id: first }, data: { deletedAt: new Date() } });
  assert.equal(
    (await createVia(merchant.secretKey, { url: 'https://hooks.example.com/again', enabled_events: ['*'] })).status,
    200,
  );
});

test('literal bad addresses and schemes are a 400 naming url; local receivers only where the operator allows them', async () => {
  const merchant = await createMerchant(env.database.prisma, { name: 'Address prober' });
  const refusedUrls = [
    'https://169.254.169.254/latest/meta-data/',
    'https://0xa9fea9fe/',
    'https://[fe80::1]/',
    'https://[::ffff:169.254.169.254]/',
    'https://0.0.0.0:3999/',
    'https://224.0.0.1/',
    'ftp://hooks.example.com/',
    'http://8.8.8.8/',
    'http://hooks.example.com/',
  ];
  for (const url of refusedUrls) {
    const { status, body } = await createVia(merchant.secretKey, { url, enabled_events: ['*'] });
    assert.deepEqual(
      { status, code: body.error?.code, param: body.error?.param },
      { status: 400, code: 'parameter_invalid', param: 'url' },
      url,
    );
  }
  assert.equal(
    (await createVia(merchant.secretKey, { url: 'http://127.0.0.1:9/hooks', enabled_events: ['*'] })).status,
    200,
    'allowed here (WEBHOOK_ALLOW_PRIVATE_TARGETS=true)',
  );
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'false';
  try {
    for (const url of [
      'http://127.0.0.1:9/hooks',
      'https://0x7f000001/',
      'https://2130706433/',
      'https://[::1]/',
      'https://[fd00::1]/',
      'https://10.0.0.1/',
      'http://localhost:3999/',
    ]) {
      const { status, body } = await createVia(merchant.secretKey, { url, enabled_events: ['*'] });
      assert.deepEqual({ status, param: body.error?.param }, { status: 400, param: 'url' }, url);
      assert.match(body.error?.message ?? '', /local or private address/, url);
    }
    const plain = await createVia(merchant.secretKey, { url: 'http://hooks.example.com/', enabled_events: ['*'] });
    assert.deepEqual({ status: plain.status, param: plain.body.error?.param }, { status: 400, param: 'url' });
    assert.match(plain.body.error?.message ?? '', /must be an https URL/);
  } finally {
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';
  }
});

test('in live mode webhook URLs must be https, even to a local receiver', async () => {
  const merchant = await createMerchant(env.database.prisma, { name: 'Live shop' });
  const testKey = process.env.STRIPE_SECRET_KEY;
  process.env.STRIPE_SECRET_KEY = 'sk_live_tillpoint_test_only';
  try {
    const { status, body } = await createVia(merchant.secretKey, {
      url: 'http://localhost:4300/hooks',
      enabled_events: ['*'],
    });
    assert.deepEqual(
      { status, param: body.error?.param, message: body.error?.message },
      { status: 400, param: 'url', message: 'Invalid url: must be an https URL (live mode)' },
    );
    assert.equal(
      (await createVia(merchant.secretKey, { url: 'https://hooks.example.com/live', enabled_events: ['*'] })).status,
      200,
    );
  } finally {
    process.env.STRIPE_SECRET_KEY = testKey;
  }
});
