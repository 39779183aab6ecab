import { expect, test } from '@playwright/test';
import { expectPaymentSuccessful, fillCard, fillEmail } from './support/checkout';
import { sandboxUrl } from './support/e2e-env';
import {
  auth,
  createMerchant,
  createSession,
  expectApiError,
  sessionBody,
  type TestMerchant,
} from './support/merchant-api';

// Hostile input an attacker sends to a running Tillpoint gets a 4xx that names the problem, never a 500.

let attacker: TestMerchant;
test.beforeAll(() => {
  attacker = createMerchant('Hostile input');
});

const NUL_IDS = ['pay_%00', 'cs_%00', '%00', `pay_${'A'.repeat(23)}%00`];

test('a NUL character or another shape of id in the path is a 404 on every API route, before any query', async ({
  request,
}) => {
  const headers = auth(attacker.secret_key);
  const routes: [string, string][] = [
    ['GET', '/api/v1/payments/{id}'],
    ['GET', '/api/v1/payments/{id}/action_url'],
    ['GET', '/api/v1/payments/{id}/refunds'],
    ['POST', '/api/v1/payments/{id}/refunds'],
    ['GET', '/api/v1/checkout/sessions/{id}'],
    ['POST', '/api/v1/checkout/sessions/{id}/expire'],
    ['GET', '/api/v1/payment_links/{id}'],
    ['POST', '/api/v1/payment_links/{id}'],
    ['GET', '/api/v1/events/{id}'],
    ['POST', '/api/v1/events/{id}/redeliver'],
    ['GET', '/api/v1/webhook_endpoints/{id}'],
    ['GET', '/api/v1/webhook_endpoints/{id}/deliveries'],
    ['POST', '/api/v1/webhook_endpoints/{id}/rotate_secret'],
    ['DELETE', '/api/v1/webhook_endpoints/{id}'],
    ['POST', '/api/v1/api_keys/{id}/roll'],
    ['POST', '/api/v1/api_keys/{id}/revoke'],
  ];
  for (const [method, path] of routes) {
    for (const id of [...NUL_IDS, 'key_x', '__proto__']) {
      const response = await request.fetch(path.replace('{id}', id), { method, headers });
      await expectApiError(response, 404, 'resource_missing', 'id');
    }
  }
  // A session id where a payment id belongs names nothing either.
  const session = await createSession(request, attacker.secret_key);
  await expectApiError(await request.get(`/api/v1/payments/${session.id}`, { headers }), 404, 'resource_missing', 'id');

  for (const path of [
    '/brand/mer_%00/logo',
    '/demo/thanks?session=%00',
    '/api/payments/pay_%00/status',
    '/l/x%00/qr.svg',
  ]) {
    const status = (await request.get(path)).status();
    expect(status, path).toBeLessThan(500);
    expect([200, 404], path).toContain(status);
  }
});

test('a path that is not valid percent-encoded UTF-8 is a 400 on pages and API routes, not a 500', async ({
  request,
}) => {
  for (const path of [
    '/c/%ED%A0%80',
    '/l/%FF',
    '/embed/%C0%AF',
    '/pay/%E2%82/action',
    '/brand/%ED%B0%80/logo',
    '/dashboard/payments/%',
    '/api/payments/%FF/status',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  for (const path of [
    '/api/v1/payments/%FF',
    '/api/v1/checkout/sessions/%ED%A0%80',
    '/api/v1/%',
    '/api/v1/webhook_endpoints/%C0%AF/deliveries',
  ]) {
    await expectApiError(await request.get(path, { headers: auth(attacker.secret_key) }), 400, 'parameter_invalid');
  }
});

test('a lone UTF-16 surrogate in a name, metadata or a key is a 400 naming the parameter', async ({ request }) => {
  const post = (path: string, body: string) =>
    request.post(path, { headers: auth(attacker.secret_key, { 'Content-Type': 'application/json' }), data: body });
  // JSON.stringify writes lone surrogates as \ud800 escapes: valid JSON text, ill-formed strings once parsed.
  const lamp = (name: string) =>
    JSON.stringify(sessionBody({ line_items: [{ name, unit_amount: 4500, quantity: 1 }] }));
  await expectApiError(
    await post('/api/v1/checkout/sessions', lamp('Lamp \ud800')),
    400,
    'parameter_invalid',
    'line_items.0.name',
  );
  await expectApiError(
    await post('/api/v1/checkout/sessions', JSON.stringify(sessionBody({ metadata: { note: 'x\udfff' } }))),
    400,
    'parameter_invalid',
    'metadata.note',
  );
  const badKey = await expectApiError(
    await post('/api/v1/checkout/sessions', JSON.stringify(sessionBody({ metadata: { ['\udc00k']: 'v' } }))),
    400,
    'parameter_invalid',
  );
  expect(badKey.message).toMatch(/well-formed Unicode/);
  await expectApiError(
    await post(
      '/api/v1/payment_links',
      JSON.stringify({ line_items: [{ name: '\ud83d', unit_amount: 500, quantity: 1 }], currency: 'usd' }),
    ),
    400,
    'parameter_invalid',
    'line_items.0.name',
  );
  await expectApiError(
    await post('/api/v1/account', JSON.stringify({ name: 'Shop \udbff' })),
    400,
    'parameter_invalid',
    'name',
  );
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers: auth(attacker.secret_key, { 'Idempotency-Key': 'surrogate-1', 'Content-Type': 'application/json' }),
      data: lamp('\ud800'),
    }),
    400,
    'parameter_invalid',
    'line_items.0.name',
  );
  // Paired surrogates (emoji) are ordinary text.
  expect((await post('/api/v1/checkout/sessions', lamp('Lamp 😀'))).status()).toBe(200);
});

test('deeply nested JSON is a 400 naming the problem, with or without an Idempotency-Key', async ({ request }) => {
  const deep = `{"metadata":${'{"a":'.repeat(5_000)}"x"${'}'.repeat(5_000)}}`;
  for (const extra of [{}, { 'Idempotency-Key': 'deep-1' }] as Record<string, string>[]) {
    const response = await request.post('/api/v1/checkout/sessions', {
      headers: auth(attacker.secret_key, { 'Content-Type': 'application/json', ...extra }),
      data: deep,
    });
    const error = await expectApiError(response, 400, 'invalid_json');
    expect(error.message).toMatch(/nested more than 32 levels/);
  }
  const arrays = `{"line_items":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  await expectApiError(
    await request.post('/api/v1/payment_links', {
      headers: auth(attacker.secret_key, { 'Content-Type': 'application/json' }),
      data: arrays,
    }),
    400,
    'invalid_json',
  );
});

test('amounts follow each currency’s rules in the API, payment links and the sandbox; a KWD checkout is paid', async ({
  request,
  page,
}) => {
  const headers = auth(attacker.secret_key);
  const kwd = (unit_amount: number) =>
    sessionBody({ currency: 'kwd', line_items: [{ name: 'Dallah coffee pot', unit_amount, quantity: 1 }] });
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', { headers, data: kwd(12_345) }),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await request.post('/api/v1/checkout/sessions', {
      headers,
      data: sessionBody({ currency: 'huf', line_items: [{ name: 'Pogácsa', unit_amount: 20_050, quantity: 1 }] }),
    }),
    400,
    'parameter_invalid',
    'line_items.0.unit_amount',
  );
  await expectApiError(
    await request.post('/api/v1/payment_links', {
      headers,
      data: { custom_amount: { name: 'Tip', preset: 1_005 }, currency: 'bhd' },
    }),
    400,
    'parameter_invalid',
    'custom_amount.preset',
  );
  expect(
    (
      await request.post('/api/v1/payment_links', {
        headers,
        data: { line_items: [{ name: 'Tea', unit_amount: 1_001, quantity: 1 }], currency: 'jpy' },
      })
    ).status(),
  ).toBe(200);

  // The sandbox refuses what Stripe refuses, and takes a three-decimal currency.
  const sandbox = (amount: number) =>
    request.post(`${sandboxUrl}/v1/payment_intents`, {
      headers: { Authorization: 'Bearer sk_test_tillpoint_sandbox' },
      form: { amount: String(amount), currency: 'kwd' },
    });
  const refused = await sandbox(12_345);
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.code).toBe('invalid_charge_amount');
  expect((await sandbox(12_340)).status()).toBe(200);

  const created = await request.post('/api/v1/checkout/sessions', { headers, data: kwd(12_340) });
  expect(created.status()).toBe(200);
  const session = (await created.json()) as { id: string; url: string };
  await page.goto(session.url);
  await fillEmail(page, 'buyer@example.com');
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expectPaymentSuccessful(page);
  const paid = await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers })).json();
  expect(paid).toMatchObject({ status: 'complete', amount_total: 12_340, currency: 'kwd' });
});

test('allowed_embed_origins refuses wildcards and anything that is not one site', async ({ request }) => {
  const headers = auth(attacker.secret_key);
  for (const origin of [
    'https://*',
    'https://*.com',
    'https://*.example.com',
    'https://com',
    'https://shop.example.com/path',
  ]) {
    await expectApiError(
      await request.post('/api/v1/account', { headers, data: { allowed_embed_origins: [origin] } }),
      400,
      'parameter_invalid',
      'allowed_embed_origins.0',
    );
  }
  const account = await request.post('/api/v1/account', {
    headers,
    data: { allowed_embed_origins: ['https://shop.example.com'] },
  });
  expect((await account.json()).allowed_embed_origins).toEqual(['https://shop.example.com']);
});

test('a list cursor naming another merchant’s object is a 404 like an unknown one, never a position', async ({
  request,
}) => {
  const victim = createMerchant('Cursor victim');
  const theirs = await createSession(request, victim.secret_key);
  await createSession(request, attacker.secret_key);
  const headers = auth(attacker.secret_key);
  for (const param of ['starting_after', 'ending_before']) {
    await expectApiError(
      await request.get(`/api/v1/checkout/sessions?${param}=${theirs.id}`, { headers }),
      404,
      'resource_missing',
      param,
    );
    await expectApiError(
      await request.get(`/api/v1/checkout/sessions?${param}=cs_${'A'.repeat(24)}`, { headers }),
      404,
      'resource_missing',
      param,
    );
  }
  const link = await (
    await request.post('/api/v1/payment_links', {
      headers: auth(victim.secret_key),
      data: { line_items: [{ name: 'Vase', unit_amount: 900, quantity: 1 }], currency: 'eur' },
    })
  ).json();
  await expectApiError(
    await request.get(`/api/v1/payment_links?starting_after=${link.id}`, { headers }),
    404,
    'resource_missing',
    'starting_after',
  );
  const victimKeys = await (await request.get('/api/v1/api_keys', { headers: auth(victim.secret_key) })).json();
  await expectApiError(
    await request.get(`/api/v1/api_keys?starting_after=${victimKeys.data[0].id}`, { headers }),
    404,
    'resource_missing',
    'starting_after',
  );
  // The attacker's own cursor still pages.
  const own = await (await request.get('/api/v1/checkout/sessions?limit=1', { headers })).json();
  expect((await request.get(`/api/v1/checkout/sessions?starting_after=${own.data[0].id}`, { headers })).status()).toBe(
    200,
  );
});
