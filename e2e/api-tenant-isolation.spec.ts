import { expect, test } from '@playwright/test';
import { auth, createMerchant, createSession, expectApiError } from './support/merchant-api';

test('merchant B gets 404 for every object of merchant A and never sees them in lists', async ({ request }) => {
  const a = createMerchant('Tenant A');
  const b = createMerchant('Tenant B');
  const session = await createSession(request, a.secret_key);
  const aKeys = await (await request.get('/api/v1/api_keys', { headers: auth(a.secret_key) })).json();
  const aKeyId = aKeys.data[0].id as string;
  const asB = auth(b.secret_key);

  await expectApiError(
    await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers: asB }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, { headers: asB }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.post(`/api/v1/api_keys/${aKeyId}/roll`, { headers: asB }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.post(`/api/v1/api_keys/${aKeyId}/revoke`, { headers: asB }),
    404,
    'resource_missing',
  );

  const sessions = await (await request.get('/api/v1/checkout/sessions?limit=100', { headers: asB })).json();
  expect(sessions.data).toEqual([]);
  const keys = await (await request.get('/api/v1/api_keys', { headers: asB })).json();
  expect(keys.data.map((key: { id: string }) => key.id)).not.toContain(aKeyId);
  // A cursor from another merchant is unknown, like any id that is not B's.
  await expectApiError(
    await request.get(`/api/v1/checkout/sessions?starting_after=${session.id}`, { headers: asB }),
    404,
    'resource_missing',
    'starting_after',
  );

  // A's objects are untouched.
  expect(
    (await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers: auth(a.secret_key) })).json())
      .status,
  ).toBe('open');
  expect((await request.get('/api/v1/account', { headers: auth(a.secret_key) })).status()).toBe(200);
  expect((await (await request.get('/api/v1/account', { headers: asB })).json()).id).toBe(b.id);
});
