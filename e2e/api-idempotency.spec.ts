import { expect, test } from '@playwright/test';
import { queryDb } from './support/database';
import { auth, createMerchant, expectApiError, sessionBody, type TestMerchant } from './support/merchant-api';

let merchant: TestMerchant;
test.beforeAll(() => {
  merchant = createMerchant('Idempotent shop');
});

test('a repeated POST with the same Idempotency-Key replays the first response', async ({ request }) => {
  const headers = auth(merchant.secret_key, { 'Idempotency-Key': 'order-1042-create' });
  const first = await request.post('/api/v1/checkout/sessions', { headers, data: sessionBody() });
  expect(first.status()).toBe(200);
  expect(first.headers()['idempotent-replayed']).toBeUndefined();
  // Same body with keys in another order: the same request.
  const { currency, ...rest } = sessionBody();
  const second = await request.post('/api/v1/checkout/sessions', { headers, data: { currency, ...rest } });
  expect(second.status()).toBe(200);
  expect(second.headers()['idempotent-replayed']).toBe('true');
  expect(await second.json()).toEqual(await first.json());
});

test('the same key with another body or another path is refused', async ({ request }) => {
  const headers = auth(merchant.secret_key, { 'Idempotency-Key': 'order-2000' });
  expect((await request.post('/api/v1/checkout/sessions', { headers, data: sessionBody() })).status()).toBe(200);
  const otherBody = await request.post('/api/v1/checkout/sessions', {
    headers,
    data: sessionBody({ currency: 'eur' }),
  });
  const error = await expectApiError(otherBody, 400, 'idempotency_key_reused');
  expect(error.type).toBe('idempotency_error');
  await expectApiError(await request.post('/api/v1/api_keys', { headers }), 400, 'idempotency_key_reused');
});

test('a key longer than 255 characters is refused; invalid parameters are not stored', async ({ request }) => {
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers: auth(merchant.secret_key, { 'Idempotency-Key': 'k'.repeat(256) }),
      data: sessionBody(),
    }),
    400,
    'idempotency_key_invalid',
  );
  const headers = auth(merchant.secret_key, { 'Idempotency-Key': 'fix-and-retry' });
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', { headers, data: sessionBody({ currency: 'xyz' }) }),
    400,
    'parameter_invalid',
    'currency',
  );
  expect((await request.post('/api/v1/checkout/sessions', { headers, data: sessionBody() })).status()).toBe(200);
});

test('20 concurrent requests with one key create exactly one session', async ({ request }) => {
  const shop = createMerchant('Concurrent shop');
  const headers = auth(shop.secret_key, { 'Idempotency-Key': 'burst-1' });
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => request.post('/api/v1/checkout/sessions', { headers, data: sessionBody() })),
  );
  const statuses = responses.map((response) => response.status());
  expect(
    statuses.every((status) => status === 200 || status === 409),
    statuses.join(','),
  ).toBe(true);
  const created = new Set<string>();
  for (const response of responses) {
    if (response.status() === 200) created.add(((await response.json()) as { id: string }).id);
    else await expectApiError(response, 409, 'idempotency_key_in_use');
  }
  expect(created.size).toBe(1);
  const rows = await queryDb<{ count: string }>('SELECT count(*) FROM checkout_sessions WHERE merchant_id = $1', [
    shop.id,
  ]);
  expect(Number(rows[0]!.count)).toBe(1);
  // Once the first has finished, a retry replays it.
  const retry = await request.post('/api/v1/checkout/sessions', { headers, data: sessionBody() });
  expect(retry.headers()['idempotent-replayed']).toBe('true');
  expect(created.has(((await retry.json()) as { id: string }).id)).toBe(true);
});

test('keys are per merchant: another merchant may use the same key', async ({ request }) => {
  const other = createMerchant('Other idempotent shop');
  const a = await request.post('/api/v1/checkout/sessions', {
    headers: auth(merchant.secret_key, { 'Idempotency-Key': 'shared-key' }),
    data: sessionBody(),
  });
  const b = await request.post('/api/v1/checkout/sessions', {
    headers: auth(other.secret_key, { 'Idempotency-Key': 'shared-key' }),
    data: sessionBody(),
  });
  expect(b.headers()['idempotent-replayed']).toBeUndefined();
  expect((await a.json()).id).not.toBe((await b.json()).id);
});

test('replaying a key-minting request answers without the secret, and the database never held it', async ({
  request,
}) => {
  const shop = createMerchant('Secret shop');
  const post = async (path: string, key: string, data: object = {}) => {
    const headers = auth(shop.secret_key, { 'Idempotency-Key': key });
    const first = await request.post(path, { headers, data });
    const replay = await request.post(path, { headers, data });
    expect(first.status()).toBe(200);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    return { first: await first.json(), replay: await replay.json() };
  };
  const key = await post('/api/v1/api_keys', 'mint-key', { name: 'CI' });
  expect(key.first.secret).toMatch(/^sk_test_/);
  expect(key.replay).toEqual({ ...key.first, secret: null });
  const rolled = await post(`/api/v1/api_keys/${key.first.id}/roll`, 'roll-key', { expires_in: 60 });
  expect(rolled.first.secret).toMatch(/^sk_test_/);
  expect(rolled.replay.secret).toBeNull();
  const endpoint = await post('/api/v1/webhook_endpoints', 'mint-endpoint', {
    url: 'http://localhost:9/hook',
    enabled_events: ['*'],
  });
  expect(endpoint.first.secret).toMatch(/^whsec_/);
  expect(endpoint.replay).toEqual({ ...endpoint.first, secret: null });
  const rotated = await post(`/api/v1/webhook_endpoints/${endpoint.first.id}/rotate_secret`, 'rotate-endpoint');
  expect(rotated.first.secret).toMatch(/^whsec_/);
  expect(rotated.replay.secret).toBeNull();

  const stored = await queryDb<{ body: string }>(
    'SELECT response_body::text AS body FROM idempotency_keys WHERE merchant_id = $1',
    [shop.id],
  );
  expect(stored).toHaveLength(4);
  for (const secret of [key.first.secret, rolled.first.secret, endpoint.first.secret, rotated.first.secret]) {
    expect(stored.some((row) => row.body.includes(secret))).toBe(false);
  }
});
