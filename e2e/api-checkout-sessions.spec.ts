import { expect, test } from '@playwright/test';
import {
  auth,
  createMerchant,
  createSession,
  expectApiError,
  sessionBody,
  type TestMerchant,
} from './support/merchant-api';

let merchant: TestMerchant;
test.beforeAll(() => {
  merchant = createMerchant('Sessions API shop');
});

test('a merchant creates a checkout session, reads it back and finds it in the list', async ({ request }) => {
  const expiresAt = Math.floor(Date.now() / 1000) + 3600;
  const created = await createSession(request, merchant.secret_key, {
    line_items: [
      { name: 'Walnut desk lamp', unit_amount: 4500, quantity: 2, image_url: 'https://shop.example.com/lamp.png' },
      { name: 'Bulb', unit_amount: 300, quantity: 1 },
    ],
    currency: 'EUR',
    customer_email: 'ada@example.com',
    client_reference_id: 'order_1042',
    metadata: { order: '1042' },
    expires_at: expiresAt,
    three_d_secure_ui: 'redirect',
    ui_mode: 'hosted',
    locale: 'fr',
  });
  expect(created).toMatchObject({
    object: 'checkout.session',
    status: 'open',
    amount_total: 9300,
    currency: 'eur',
    payment: null,
    expires_at: expiresAt,
  });
  expect(created.url).toMatch(/\/c\/cs_[0-9A-Za-z]{24}$/);

  const fetched = await request.get(`/api/v1/checkout/sessions/${created.id}`, { headers: auth(merchant.secret_key) });
  expect(fetched.status()).toBe(200);
  expect(await fetched.json()).toEqual(created);

  const list = await request.get('/api/v1/checkout/sessions?limit=100&status=open', {
    headers: auth(merchant.secret_key),
  });
  const body = await list.json();
  expect(body).toMatchObject({ object: 'list', url: '/api/v1/checkout/sessions' });
  expect(body.data.map((session: { id: string }) => session.id)).toContain(created.id);
});

test('lists paginate with limit, starting_after, ending_before and has_more, and filter by status', async ({
  request,
}) => {
  const other = createMerchant('Pagination shop');
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createSession(request, other.secret_key)).id);
  const page1 = await (
    await request.get('/api/v1/checkout/sessions?limit=2', { headers: auth(other.secret_key) })
  ).json();
  expect(page1.data.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);
  expect(page1.has_more).toBe(true);
  const page2 = await (
    await request.get(`/api/v1/checkout/sessions?limit=2&starting_after=${ids[1]}`, { headers: auth(other.secret_key) })
  ).json();
  expect(page2.data.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
  expect(page2.has_more).toBe(false);
  const back = await (
    await request.get(`/api/v1/checkout/sessions?limit=1&ending_before=${ids[0]}`, { headers: auth(other.secret_key) })
  ).json();
  expect(back.data.map((s: { id: string }) => s.id)).toEqual([ids[1]]);
  expect(back.has_more).toBe(true);
  const expired = await (
    await request.get('/api/v1/checkout/sessions?status=expired', { headers: auth(other.secret_key) })
  ).json();
  expect(expired.data).toEqual([]);

  await expectApiError(
    await request.get('/api/v1/checkout/sessions?limit=101', { headers: auth(other.secret_key) }),
    400,
    'parameter_invalid',
    'limit',
  );
  await expectApiError(
    await request.get('/api/v1/checkout/sessions?limit=0', { headers: auth(other.secret_key) }),
    400,
    'parameter_invalid',
    'limit',
  );
  await expectApiError(
    await request.get('/api/v1/checkout/sessions?status=paid', { headers: auth(other.secret_key) }),
    400,
    'parameter_invalid',
    'status',
  );
  await expectApiError(
    await request.get('/api/v1/checkout/sessions?colour=red', { headers: auth(other.secret_key) }),
    400,
    'parameter_unknown',
    'colour',
  );
});

test('every class of invalid input is a 4xx naming the parameter', async ({ request }) => {
  const post = (data: unknown) =>
    request.post('/api/v1/checkout/sessions', { headers: auth(merchant.secret_key), data: data as object });
  await expectApiError(await post(sessionBody({ colour: 'red' })), 400, 'parameter_unknown', 'colour');
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Lamp', unit_amount: 100, quantity: 1, sku: 'x' }] })),
    400,
    'parameter_unknown',
    'line_items.0.sku',
  );
  const { success_url: _omit, ...noSuccess } = sessionBody();
  await expectApiError(await post(noSuccess), 400, 'parameter_missing', 'success_url');
  await expectApiError(await post(sessionBody({ line_items: [] })), 400, 'parameter_invalid', 'line_items');
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Lamp', unit_amount: 0, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Lamp', unit_amount: 12.5, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Lamp', unit_amount: '4500', quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Lamp', unit_amount: 99_999_999, quantity: 2 }] })),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(
    await post(sessionBody({ line_items: [{ name: 'x'.repeat(251), unit_amount: 100, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.name',
  );
  await expectApiError(await post(sessionBody({ currency: 'xyz' })), 400, 'parameter_invalid', 'currency');
  await expectApiError(
    await post(sessionBody({ success_url: 'http://shop.example.com/ok' })),
    400,
    'parameter_invalid',
    'success_url',
  );
  await expectApiError(
    await post(sessionBody({ cancel_url: 'javascript:alert(1)' })),
    400,
    'parameter_invalid',
    'cancel_url',
  );
  await expectApiError(
    await post(sessionBody({ customer_email: 'not-an-email' })),
    400,
    'parameter_invalid',
    'customer_email',
  );
  await expectApiError(
    await post(sessionBody({ client_reference_id: 'x'.repeat(201) })),
    400,
    'parameter_invalid',
    'client_reference_id',
  );
  await expectApiError(
    await post(sessionBody({ metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) })),
    400,
    'parameter_invalid',
    'metadata',
  );
  await expectApiError(await post(sessionBody({ metadata: { ['k'.repeat(41)]: 'v' } })), 400, 'parameter_invalid');
  await expectApiError(
    await post(sessionBody({ metadata: { note: 'v'.repeat(501) } })),
    400,
    'parameter_invalid',
    'metadata.note',
  );
  await expectApiError(
    await post(sessionBody({ expires_at: Math.floor(Date.now() / 1000) + 600 })),
    400,
    'parameter_invalid',
    'expires_at',
  );
  await expectApiError(
    await post(sessionBody({ expires_at: Math.floor(Date.now() / 1000) + 2 * 86_400 })),
    400,
    'parameter_invalid',
    'expires_at',
  );
  await expectApiError(
    await post(sessionBody({ three_d_secure_ui: 'popup' })),
    400,
    'parameter_invalid',
    'three_d_secure_ui',
  );
  await expectApiError(await post(sessionBody({ ui_mode: 'iframe' })), 400, 'parameter_invalid', 'ui_mode');
  await expectApiError(await post(sessionBody({ locale: 'not a locale' })), 400, 'parameter_invalid', 'locale');
});

test('malformed JSON, a wrong content type, a non-object body and a body over 1 MB are 4xx, never 5xx', async ({
  request,
}) => {
  const headers = auth(merchant.secret_key, { 'Content-Type': 'application/json' });
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', { headers, data: '{"line_items": [' }),
    400,
    'invalid_json',
  );
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', { headers, data: '[1,2]' }),
    400,
    'invalid_json',
  );
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers: auth(merchant.secret_key, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      data: 'currency=usd',
    }),
    415,
    'unsupported_content_type',
  );
  const huge = JSON.stringify(sessionBody({ metadata: { note: 'x'.repeat(1_100_000) } }));
  await expectApiError(await request.post('/api/v1/checkout/sessions', { headers, data: huge }), 413, 'body_too_large');
  await expectApiError(
    await request.get('/api/v1/nothing/here', { headers: auth(merchant.secret_key) }),
    404,
    'route_not_found',
  );
});

test('an expired session is refused by the API a second time and by the hosted page', async ({ request, page }) => {
  const session = await createSession(request, merchant.secret_key);
  const expire = await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, {
    headers: auth(merchant.secret_key),
  });
  expect(expire.status()).toBe(200);
  expect(await expire.json()).toMatchObject({ id: session.id, status: 'expired' });
  await expectApiError(
    await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, { headers: auth(merchant.secret_key) }),
    400,
    'invalid_state',
  );
  await expectApiError(
    await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, {
      headers: auth(merchant.secret_key),
      data: { now: true },
    }),
    400,
    'parameter_unknown',
    'now',
  );
  await expectApiError(
    await request.get('/api/v1/checkout/sessions/cs_doesnotexist', { headers: auth(merchant.secret_key) }),
    404,
    'resource_missing',
    'id',
  );

  await page.goto(new URL(session.url).pathname);
  await expect(page.getByRole('heading', { name: 'This checkout has expired' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
});

test('with allowed redirect domains set, redirects elsewhere are refused (no open redirects)', async ({ request }) => {
  const shop = createMerchant('Redirect shop');
  const headers = auth(shop.secret_key);
  const account = await request.post('/api/v1/account', {
    headers,
    data: { allowed_redirect_domains: ['Shop.Example.com'] },
  });
  expect(await account.json()).toMatchObject({ object: 'account', allowed_redirect_domains: ['shop.example.com'] });

  await createSession(request, shop.secret_key, { success_url: 'https://eu.shop.example.com/thanks' });
  await createSession(request, shop.secret_key, { success_url: 'http://localhost:4000/thanks' });
  const post = (overrides: Record<string, unknown>) =>
    request.post('/api/v1/checkout/sessions', { headers, data: sessionBody(overrides) });
  await expectApiError(
    await post({ success_url: 'https://evil.example/phish' }),
    400,
    'url_not_allowed',
    'success_url',
  );
  await expectApiError(
    await post({ success_url: 'https://shop.example.com.evil.example/' }),
    400,
    'url_not_allowed',
    'success_url',
  );
  await expectApiError(
    await post({ cancel_url: 'https://evilshop.example.com/' }),
    400,
    'url_not_allowed',
    'cancel_url',
  );
  await expectApiError(
    await request.post('/api/v1/account', {
      headers,
      data: { allowed_redirect_domains: ['https://shop.example.com/'] },
    }),
    400,
    'parameter_invalid',
    'allowed_redirect_domains.0',
  );
});
