import { expect, test } from '@playwright/test';
import { queryDb } from './support/database';
import { auth, createMerchant, expectApiError, type TestMerchant } from './support/merchant-api';
import { createLink, linkBody, type ApiPaymentLink } from './support/payment-links';

let merchant: TestMerchant;
test.beforeAll(() => {
  merchant = createMerchant('Links API shop');
});

test('a merchant creates a link, reads it back, finds it in the list and updates it', async ({ request }) => {
  const headers = auth(merchant.secret_key);
  const created = await createLink(request, merchant.secret_key, {
    line_items: [
      { name: 'Walnut desk lamp', unit_amount: 4500, quantity: 2, image_url: 'https://shop.example.com/lamp.png' },
    ],
    currency: 'EUR',
    after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Ships Monday.' } },
    restrictions: { completed_sessions: { limit: 10 } },
    inactive_message: 'Sold out.',
    three_d_secure_ui: 'redirect',
    metadata: { sku: 'LAMP-W' },
  });
  expect(created).toMatchObject({
    object: 'payment_link',
    active: true,
    currency: 'eur',
    line_items: [
      {
        name: 'Walnut desk lamp',
        unit_amount: 4500,
        quantity: 2,
        amount_total: 9000,
        image_url: 'https://shop.example.com/lamp.png',
      },
    ],
    custom_amount: null,
    amount_total: 9000,
    after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Ships Monday.' } },
    restrictions: { completed_sessions: { limit: 10, count: 0 } },
    inactive_message: 'Sold out.',
    three_d_secure_ui: 'redirect',
    metadata: { sku: 'LAMP-W' },
  });
  expect(created.id).toMatch(/^plink_[0-9A-Za-z]{24}$/);
  expect(created.url).toMatch(/\/l\/[0-9A-Za-z]{24}$/);
  expect(created.qr_code_url).toBe(`${created.url}/qr.svg`);

  const fetched = await request.get(`/api/v1/payment_links/${created.id}`, { headers });
  expect(await fetched.json()).toEqual(created);
  const list = await (await request.get('/api/v1/payment_links?limit=100', { headers })).json();
  expect(list).toMatchObject({ object: 'list', url: '/api/v1/payment_links' });
  expect(list.data.map((link: ApiPaymentLink) => link.id)).toContain(created.id);

  const update = async (data: object) => {
    const response = await request.post(`/api/v1/payment_links/${created.id}`, { headers, data });
    expect(response.status(), await response.text()).toBe(200);
    return response.json();
  };
  expect(await update({ active: false })).toMatchObject({ active: false, inactive_message: 'Sold out.' });
  expect(
    await update({ custom_amount: { name: 'Pay what you like', preset: 3000 }, restrictions: null, metadata: {} }),
  ).toMatchObject({
    line_items: [],
    custom_amount: { name: 'Pay what you like', minimum: 50, maximum: 99_999_999, preset: 3000 },
    amount_total: null,
    restrictions: { completed_sessions: { limit: null, count: 0 } },
    metadata: {},
    currency: 'eur',
  });
  expect(
    await update({
      after_completion: { type: 'redirect', redirect: { url: 'https://shop.example.com/thanks?p={PAYMENT_ID}' } },
      inactive_message: null,
      active: true,
    }),
  ).toMatchObject({
    active: true,
    inactive_message: null,
    after_completion: { type: 'redirect', redirect: { url: 'https://shop.example.com/thanks?p={PAYMENT_ID}' } },
  });
});

test('lists paginate and filter by active', async ({ request }) => {
  const shop = createMerchant('Links pagination shop');
  const headers = auth(shop.secret_key);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createLink(request, shop.secret_key, { active: i !== 1 })).id);
  const page1 = await (await request.get('/api/v1/payment_links?limit=2', { headers })).json();
  expect(page1.data.map((l: ApiPaymentLink) => l.id)).toEqual([ids[2], ids[1]]);
  expect(page1.has_more).toBe(true);
  const page2 = await (await request.get(`/api/v1/payment_links?limit=2&starting_after=${ids[1]}`, { headers })).json();
  expect(page2.data.map((l: ApiPaymentLink) => l.id)).toEqual([ids[0]]);
  const inactive = await (await request.get('/api/v1/payment_links?active=false', { headers })).json();
  expect(inactive.data.map((l: ApiPaymentLink) => l.id)).toEqual([ids[1]]);
  const active = await (await request.get('/api/v1/payment_links?active=true', { headers })).json();
  expect(active.data.map((l: ApiPaymentLink) => l.id)).toEqual([ids[2], ids[0]]);
  await expectApiError(
    await request.get('/api/v1/payment_links?active=yes', { headers }),
    400,
    'parameter_invalid',
    'active',
  );
  await expectApiError(
    await request.get('/api/v1/payment_links?limit=0', { headers }),
    400,
    'parameter_invalid',
    'limit',
  );
  await expectApiError(
    await request.get('/api/v1/payment_links?colour=red', { headers }),
    400,
    'parameter_unknown',
    'colour',
  );
});

test('every class of invalid input is a 4xx naming the parameter, on create and on update', async ({ request }) => {
  const headers = auth(merchant.secret_key);
  const post = (data: unknown) => request.post('/api/v1/payment_links', { headers, data: data as object });
  const custom = (customAmount: object) => linkBody({ line_items: undefined, custom_amount: customAmount });
  await expectApiError(await post(linkBody({ colour: 'red' })), 400, 'parameter_unknown', 'colour');
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Lamp', unit_amount: 100, quantity: 1, sku: 'x' }] })),
    400,
    'parameter_unknown',
    'line_items.0.sku',
  );
  await expectApiError(await post({ currency: 'usd' }), 400, 'parameter_missing', 'line_items');
  await expectApiError(await post({ line_items: linkBody().line_items }), 400, 'parameter_missing', 'currency');
  await expectApiError(
    await post(linkBody({ custom_amount: { name: 'Tip' } })),
    400,
    'parameter_invalid',
    'custom_amount',
  );
  await expectApiError(await post(linkBody({ line_items: [] })), 400, 'parameter_invalid', 'line_items');
  await expectApiError(
    await post(
      linkBody({ line_items: Array.from({ length: 21 }, () => ({ name: 'Pen', unit_amount: 100, quantity: 1 })) }),
    ),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Lamp', unit_amount: 0, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Lamp', unit_amount: 12.5, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Lamp', unit_amount: '4500', quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Lamp', unit_amount: 100, quantity: 1000 }] })),
    400,
    'parameter_invalid',
    'line_items.0.quantity',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: '', unit_amount: 100, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items.0.name',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] })),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(
    await post(linkBody({ line_items: [{ name: 'Yacht', unit_amount: 99_999_999, quantity: 2 }] })),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(await post(linkBody({ currency: 'xyz' })), 400, 'parameter_invalid', 'currency');
  await expectApiError(await post(custom({ minimum: 500 })), 400, 'parameter_missing', 'custom_amount.name');
  await expectApiError(
    await post(custom({ name: 'Tip', minimum: 10 })),
    400,
    'parameter_invalid',
    'custom_amount.minimum',
  );
  await expectApiError(
    await post(custom({ name: 'Tip', minimum: 1000, maximum: 900 })),
    400,
    'parameter_invalid',
    'custom_amount.maximum',
  );
  await expectApiError(
    await post(custom({ name: 'Tip', maximum: 100_000_000 })),
    400,
    'parameter_invalid',
    'custom_amount.maximum',
  );
  await expectApiError(
    await post(custom({ name: 'Tip', minimum: 500, preset: 100 })),
    400,
    'parameter_invalid',
    'custom_amount.preset',
  );
  await expectApiError(await post(custom({ name: 'Tip', step: 5 })), 400, 'parameter_unknown', 'custom_amount.step');
  await expectApiError(
    await post(linkBody({ after_completion: { type: 'popup' } })),
    400,
    'parameter_invalid',
    'after_completion.type',
  );
  await expectApiError(
    await post(linkBody({ after_completion: { type: 'redirect' } })),
    400,
    'parameter_missing',
    'after_completion.redirect',
  );
  await expectApiError(
    await post(linkBody({ after_completion: { type: 'redirect', redirect: { url: 'http://shop.example.com/ok' } } })),
    400,
    'parameter_invalid',
    'after_completion.redirect.url',
  );
  await expectApiError(
    await post(linkBody({ after_completion: { type: 'redirect', redirect: { url: 'javascript:alert(1)' } } })),
    400,
    'parameter_invalid',
    'after_completion.redirect.url',
  );
  await expectApiError(
    await post(
      linkBody({
        after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'x'.repeat(1001) } },
      }),
    ),
    400,
    'parameter_invalid',
    'after_completion.hosted_confirmation.custom_message',
  );
  await expectApiError(
    await post(linkBody({ restrictions: { completed_sessions: { limit: 0 } } })),
    400,
    'parameter_invalid',
    'restrictions.completed_sessions.limit',
  );
  await expectApiError(
    await post(linkBody({ restrictions: { completed_sessions: { limit: 1.5 } } })),
    400,
    'parameter_invalid',
    'restrictions.completed_sessions.limit',
  );
  await expectApiError(
    await post(linkBody({ restrictions: { completed_sessions: {} } })),
    400,
    'parameter_missing',
    'restrictions.completed_sessions.limit',
  );
  await expectApiError(
    await post(linkBody({ inactive_message: 'x'.repeat(501) })),
    400,
    'parameter_invalid',
    'inactive_message',
  );
  await expectApiError(await post(linkBody({ active: 'yes' })), 400, 'parameter_invalid', 'active');
  await expectApiError(
    await post(linkBody({ three_d_secure_ui: 'popup' })),
    400,
    'parameter_invalid',
    'three_d_secure_ui',
  );
  await expectApiError(
    await post(linkBody({ metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) })),
    400,
    'parameter_invalid',
    'metadata',
  );
  await expectApiError(
    await post(linkBody({ metadata: { note: 'v'.repeat(501) } })),
    400,
    'parameter_invalid',
    'metadata.note',
  );
  const json = auth(merchant.secret_key, { 'Content-Type': 'application/json' });
  await expectApiError(
    await request.post('/api/v1/payment_links', { headers: json, data: '{"currency": ' }),
    400,
    'invalid_json',
  );
  await expectApiError(
    await request.post('/api/v1/payment_links', {
      headers: auth(merchant.secret_key, { 'Content-Type': 'text/plain' }),
      data: 'currency=usd',
    }),
    415,
    'unsupported_content_type',
  );
  await expectApiError(
    await request.post('/api/v1/payment_links', {
      headers: json,
      data: JSON.stringify(linkBody({ metadata: { note: 'x'.repeat(1_100_000) } })),
    }),
    413,
    'body_too_large',
  );

  const link = await createLink(request, merchant.secret_key);
  const update = (data: object) => request.post(`/api/v1/payment_links/${link.id}`, { headers, data });
  await expectApiError(await update({ currency: 'eur' }), 400, 'parameter_unknown', 'currency');
  await expectApiError(
    await update({ line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] }),
    400,
    'parameter_invalid',
    'line_items',
  );
  await expectApiError(
    await update({ line_items: linkBody().line_items, custom_amount: { name: 'Tip' } }),
    400,
    'parameter_invalid',
    'custom_amount',
  );
  await expectApiError(
    await update({ custom_amount: { name: 'Tip', minimum: 1 } }),
    400,
    'parameter_invalid',
    'custom_amount.minimum',
  );
  await expectApiError(await update({ active: null }), 400, 'parameter_invalid', 'active');
  await expectApiError(
    await update({ after_completion: { type: 'redirect', redirect: { url: 'ftp://shop.example.com' } } }),
    400,
    'parameter_invalid',
    'after_completion.redirect.url',
  );
  await expectApiError(
    await request.get('/api/v1/payment_links/plink_doesnotexist', { headers }),
    404,
    'resource_missing',
    'id',
  );
  await expectApiError(
    await request.post('/api/v1/payment_links/plink_doesnotexist', { headers, data: { active: false } }),
    404,
    'resource_missing',
    'id',
  );
  expect((await request.get(`/api/v1/payment_links/${link.id}`, { headers })).status()).toBe(200);
});

test('with allowed redirect domains set, an after-completion redirect elsewhere is refused', async ({ request }) => {
  const shop = createMerchant('Links redirect shop');
  const headers = auth(shop.secret_key);
  await request.post('/api/v1/account', { headers, data: { allowed_redirect_domains: ['shop.example.com'] } });
  const redirect = (url: string) => linkBody({ after_completion: { type: 'redirect', redirect: { url } } });
  expect(
    (
      await request.post('/api/v1/payment_links', {
        headers,
        data: redirect('https://eu.shop.example.com/thanks?s={CHECKOUT_SESSION_ID}'),
      })
    ).status(),
  ).toBe(200);
  await expectApiError(
    await request.post('/api/v1/payment_links', { headers, data: redirect('https://evil.example/phish') }),
    400,
    'url_not_allowed',
    'after_completion.redirect.url',
  );
  await expectApiError(
    await request.post('/api/v1/payment_links', { headers, data: redirect('https://shop.example.com.evil.example/') }),
    400,
    'url_not_allowed',
    'after_completion.redirect.url',
  );
  const link = await createLink(request, shop.secret_key);
  await expectApiError(
    await request.post(`/api/v1/payment_links/${link.id}`, {
      headers,
      data: { after_completion: { type: 'redirect', redirect: { url: 'https://evil.example/' } } },
    }),
    400,
    'url_not_allowed',
    'after_completion.redirect.url',
  );
});

test('merchant B gets 404 for merchant A’s link and never sees it in a list', async ({ request }) => {
  const a = createMerchant('Links tenant A');
  const b = createMerchant('Links tenant B');
  const link = await createLink(request, a.secret_key);
  await expectApiError(
    await request.get(`/api/v1/payment_links/${link.id}`, { headers: auth(b.secret_key) }),
    404,
    'resource_missing',
    'id',
  );
  await expectApiError(
    await request.post(`/api/v1/payment_links/${link.id}`, { headers: auth(b.secret_key), data: { active: false } }),
    404,
    'resource_missing',
    'id',
  );
  expect((await (await request.get('/api/v1/payment_links', { headers: auth(b.secret_key) })).json()).data).toEqual([]);
  expect(
    (await (await request.get(`/api/v1/payment_links/${link.id}`, { headers: auth(a.secret_key) })).json()).active,
  ).toBe(true);
  await expectApiError(await request.get('/api/v1/payment_links'), 401, 'api_key_missing');
});

test('creating with an Idempotency-Key makes one link, however often it is retried', async ({ request }) => {
  const shop = createMerchant('Links idempotent shop');
  const headers = auth(shop.secret_key, { 'Idempotency-Key': 'spring-lamp-link' });
  const first = await request.post('/api/v1/payment_links', { headers, data: linkBody() });
  const replay = await request.post('/api/v1/payment_links', { headers, data: linkBody() });
  expect(replay.headers()['idempotent-replayed']).toBe('true');
  expect(await replay.json()).toEqual(await first.json());
  const burst = await Promise.all(
    Array.from({ length: 10 }, () =>
      request.post('/api/v1/payment_links', {
        headers: auth(shop.secret_key, { 'Idempotency-Key': 'burst' }),
        data: linkBody(),
      }),
    ),
  );
  expect(burst.every((response) => [200, 409].includes(response.status()))).toBe(true);
  await expectApiError(
    await request.post('/api/v1/payment_links', { headers, data: linkBody({ currency: 'eur' }) }),
    400,
    'idempotency_key_reused',
  );
  const rows = await queryDb<{ n: string }>('SELECT count(*) AS n FROM payment_links WHERE merchant_id = $1', [
    shop.id,
  ]);
  expect(Number(rows[0]!.n)).toBe(2);
});

test('the API reference documents the payment link operations', async ({ request, page }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  for (const [path, methods] of [
    ['/api/v1/payment_links', ['get', 'post']],
    ['/api/v1/payment_links/{id}', ['get', 'post']],
  ] as const) {
    for (const method of methods) expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
  const schema = document.paths['/api/v1/payment_links'].post.requestBody.content['application/json'].schema;
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining([
      'line_items',
      'custom_amount',
      'currency',
      'after_completion',
      'restrictions',
      'inactive_message',
    ]),
  );
  expect(document.paths['/api/v1/payment_links'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
    expect.arrayContaining(['limit', 'active']),
  );
  const session =
    document.paths['/api/v1/checkout/sessions/{id}'].get.responses['200'].content['application/json'].example;
  expect(session).toHaveProperty('payment_link', null);
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { name: 'Create a payment link' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Update a payment link' })).toBeVisible();
});
