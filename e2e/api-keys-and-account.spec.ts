import { expect, test } from '@playwright/test';
import { queryDb } from './support/database';
import { auth, createMerchant, expectApiError } from './support/merchant-api';

test('requests without a key, with a malformed or unknown key are 401', async ({ request }) => {
  await expectApiError(await request.get('/api/v1/account'), 401, 'api_key_missing');
  await expectApiError(
    await request.get('/api/v1/account', { headers: { Authorization: 'Basic abc' } }),
    401,
    'api_key_missing',
  );
  await expectApiError(
    await request.get('/api/v1/account', { headers: auth('sk_test_short') }),
    401,
    'api_key_invalid',
  );
  const error = await expectApiError(
    await request.get('/api/v1/account', { headers: auth(`sk_test_${'A'.repeat(32)}`) }),
    401,
    'api_key_invalid',
  );
  expect(error.type).toBe('authentication_error');
});

test('a merchant creates, lists, rolls and revokes API keys; revoked keys are refused', async ({ request }) => {
  const merchant = createMerchant('Key shop');
  const original = merchant.secret_key;
  expect((await request.get('/api/v1/account', { headers: auth(original) })).status()).toBe(200);

  const created = await (await request.post('/api/v1/api_keys', { headers: auth(original) })).json();
  expect(created).toMatchObject({ object: 'api_key', revoked_at: null, last_used: null });
  expect(created.secret).toMatch(/^sk_test_[0-9A-Za-z]{32}$/);
  expect(created.prefix).toBe(created.secret.slice(0, 12));
  const stored = await queryDb<{ hash: string }>('SELECT hash FROM api_keys WHERE id = $1', [created.id]);
  expect(stored[0]!.hash).not.toContain(created.secret);

  const list = await (await request.get('/api/v1/api_keys', { headers: auth(created.secret) })).json();
  expect(list.data).toHaveLength(2);
  expect(JSON.stringify(list)).not.toContain(created.secret);
  const originalKey = list.data.find((key: { id: string }) => key.id !== created.id);
  expect(originalKey.last_used).toEqual(expect.any(Number));
  expect(originalKey.prefix).toBe(original.slice(0, 12));

  await expectApiError(
    await request.post(`/api/v1/api_keys/${created.id}/revoke`, { headers: auth(created.secret) }),
    400,
    'cannot_revoke_current_key',
  );
  const revoked = await request.post(`/api/v1/api_keys/${originalKey.id}/revoke`, { headers: auth(created.secret) });
  expect((await revoked.json()).revoked_at).toEqual(expect.any(Number));
  await expectApiError(await request.get('/api/v1/account', { headers: auth(original) }), 401, 'api_key_revoked');
  await expectApiError(
    await request.post(`/api/v1/api_keys/${originalKey.id}/revoke`, { headers: auth(created.secret) }),
    400,
    'invalid_state',
  );

  // Roll with no grace: the old key stops at once.
  const rolled = await (
    await request.post(`/api/v1/api_keys/${created.id}/roll`, { headers: auth(created.secret) })
  ).json();
  expect(rolled.secret).toMatch(/^sk_test_/);
  await expectApiError(await request.get('/api/v1/account', { headers: auth(created.secret) }), 401, 'api_key_revoked');

  // Roll with a grace period: both keys work until it ends.
  const graced = await (
    await request.post(`/api/v1/api_keys/${rolled.id}/roll`, {
      headers: auth(rolled.secret),
      data: { expires_in: 3600 },
    })
  ).json();
  expect((await request.get('/api/v1/account', { headers: auth(rolled.secret) })).status()).toBe(200);
  expect((await request.get('/api/v1/account', { headers: auth(graced.secret) })).status()).toBe(200);
  await expectApiError(
    await request.post(`/api/v1/api_keys/${rolled.id}/roll`, {
      headers: auth(graced.secret),
      data: { expires_in: 8 * 86_400 },
    }),
    400,
    'parameter_invalid',
    'expires_in',
  );
  await expectApiError(
    await request.post(`/api/v1/api_keys/${rolled.id}/roll`, { headers: auth(graced.secret), data: { grace: 1 } }),
    400,
    'parameter_unknown',
    'grace',
  );
  await expectApiError(
    await request.post('/api/v1/api_keys/key_unknown/roll', { headers: auth(graced.secret) }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.post('/api/v1/api_keys', { headers: auth(graced.secret), data: { name: 'x'.repeat(101) } }),
    400,
    'parameter_invalid',
    'name',
  );
  await expectApiError(
    await request.post('/api/v1/api_keys', { headers: auth(graced.secret), data: { label: 'x' } }),
    400,
    'parameter_unknown',
    'label',
  );

  // A key's name is kept when it is rolled.
  const named = await (
    await request.post('/api/v1/api_keys', { headers: auth(graced.secret), data: { name: 'Billing worker' } })
  ).json();
  expect(named).toMatchObject({ object: 'api_key', name: 'Billing worker' });
  const renamedRoll = await (
    await request.post(`/api/v1/api_keys/${named.id}/roll`, { headers: auth(graced.secret) })
  ).json();
  expect(renamedRoll.name).toBe('Billing worker');
});

test('the account holds the name and the allowed redirect domains', async ({ request }) => {
  const merchant = createMerchant('Account shop');
  const headers = auth(merchant.secret_key);
  expect(await (await request.get('/api/v1/account', { headers })).json()).toMatchObject({
    id: merchant.id,
    object: 'account',
    name: 'Account shop',
    allowed_redirect_domains: [],
  });
  const updated = await (
    await request.post('/api/v1/account', {
      headers,
      data: {
        name: 'Account shop Ltd',
        allowed_redirect_domains: ['shop.example.com', 'shop.example.com', 'pay.example.org'],
      },
    })
  ).json();
  expect(updated).toMatchObject({
    name: 'Account shop Ltd',
    allowed_redirect_domains: ['shop.example.com', 'pay.example.org'],
  });
  await expectApiError(
    await request.post('/api/v1/account', { headers, data: { name: '' } }),
    400,
    'parameter_invalid',
    'name',
  );
  await expectApiError(
    await request.post('/api/v1/account', { headers, data: { id: 'mer_x' } }),
    400,
    'parameter_unknown',
    'id',
  );
});
