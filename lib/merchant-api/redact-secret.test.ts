import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';

let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
});
after(() => env.close());

test('replaying an API key creation answers secret: null, and the idempotency record never holds the secret', async () => {
  const { POST } = await import('@/app/api/v1/api_keys/route');
  const merchant = await createMerchant(env.database.prisma, { name: 'Replay shop' });
  const send = () =>
    POST(
      new Request('http://localhost/api/v1/api_keys', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${merchant.secretKey}`,
          'content-type': 'application/json',
          'idempotency-key': 'mint-1',
        },
        body: JSON.stringify({ name: 'CI' }),
      }),
      { params: Promise.resolve({}) },
    );
  const first = await send();
  const created = (await first.json()) as { id: string; secret: string | null };
  assert.match(created.secret ?? '', /^sk_test_/);
  const replay = await send();
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await replay.json(), { ...created, secret: null });
  const stored = await env.database.prisma.idempotencyKey.findMany({ where: { merchantId: merchant.id } });
  assert.equal(stored.length, 1);
  assert.ok(!JSON.stringify(stored[0]!.responseBody).includes(created.secret!));
});
