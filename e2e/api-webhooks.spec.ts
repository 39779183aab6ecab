import { expect, test } from '@playwright/test';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver';
import { auth, createMerchant, expectApiError } from './support/merchant-api';

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(() => receiver.close());

test('a merchant manages webhook endpoints: create (secret once), list, retrieve, update, rotate, delete', async ({
  request,
}) => {
  const merchant = createMerchant('Hooks shop');
  const headers = auth(merchant.secret_key);
  const created = await request.post('/api/v1/webhook_endpoints', {
    headers,
    data: {
      url: 'https://shop.example.com/hooks',
      enabled_events: ['payment.succeeded', 'checkout.session.completed'],
      description: 'Fulfilment',
    },
  });
  expect(created.status()).toBe(200);
  const endpoint = await created.json();
  expect(endpoint).toMatchObject({
    object: 'webhook_endpoint',
    url: 'https://shop.example.com/hooks',
    enabled: true,
    status: 'enabled',
    description: 'Fulfilment',
    disabled_reason: null,
  });
  expect(endpoint.id).toMatch(/^we_/);
  expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);

  const fetched = await (await request.get(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers })).json();
  expect(fetched.secret).toBeUndefined();
  expect(fetched.enabled_events).toEqual(['payment.succeeded', 'checkout.session.completed']);
  const list = await (await request.get('/api/v1/webhook_endpoints', { headers })).json();
  expect(list).toMatchObject({ object: 'list', has_more: false, url: '/api/v1/webhook_endpoints' });
  expect(list.data.map((e: { id: string }) => e.id)).toEqual([endpoint.id]);
  expect(JSON.stringify(list)).not.toContain(endpoint.secret);

  const updated = await (
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}`, {
      headers,
      data: { enabled_events: ['*'], enabled: false, description: null },
    })
  ).json();
  expect(updated).toMatchObject({
    enabled_events: ['*'],
    enabled: false,
    status: 'disabled',
    disabled_reason: 'disabled through the API',
    description: null,
  });
  const enabled = await (
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}`, {
      headers,
      data: { enabled: true, url: 'http://localhost:9/hooks' },
    })
  ).json();
  expect(enabled).toMatchObject({ enabled: true, disabled_reason: null, url: 'http://localhost:9/hooks' });

  const rotated = await (
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/rotate_secret`, { headers })
  ).json();
  expect(rotated.secret).toMatch(/^whsec_/);
  expect(rotated.secret).not.toBe(endpoint.secret);

  const deleted = await request.delete(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers });
  expect(await deleted.json()).toEqual({ id: endpoint.id, object: 'webhook_endpoint', deleted: true });
  await expectApiError(
    await request.get(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers }),
    404,
    'resource_missing',
    'id',
  );
  expect((await (await request.get('/api/v1/webhook_endpoints', { headers })).json()).data).toEqual([]);
});

test('invalid webhook endpoint requests name the parameter', async ({ request }) => {
  const headers = auth(createMerchant('Strict hooks shop').secret_key);
  const create = (data: Record<string, unknown>) => request.post('/api/v1/webhook_endpoints', { headers, data });
  await expectApiError(
    await create({ url: 'http://shop.example.com/hooks', enabled_events: ['*'] }),
    400,
    'parameter_invalid',
    'url',
  );
  await expectApiError(await create({ url: 'not a url', enabled_events: ['*'] }), 400, 'parameter_invalid', 'url');
  await expectApiError(
    await create({ url: 'https://shop.example.com/hooks', enabled_events: ['payment.exploded'] }),
    400,
    'parameter_invalid',
    'enabled_events.0',
  );
  await expectApiError(
    await create({ url: 'https://shop.example.com/hooks', enabled_events: [] }),
    400,
    'parameter_invalid',
    'enabled_events',
  );
  await expectApiError(
    await create({ url: 'https://shop.example.com/hooks' }),
    400,
    'parameter_missing',
    'enabled_events',
  );
  await expectApiError(
    await create({ url: 'https://shop.example.com/hooks', enabled_events: ['*'], secret: 'mine' }),
    400,
    'parameter_unknown',
    'secret',
  );
  await expectApiError(
    await request.get('/api/v1/events?type=payment.exploded', { headers }),
    400,
    'parameter_invalid',
    'type',
  );
  await expectApiError(await request.get('/api/v1/webhook_endpoints/we_missing', { headers }), 404, 'resource_missing');
  await expectApiError(
    await request.post('/api/v1/events/evt_missing/redeliver', { headers }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.get('/api/v1/webhook_endpoints', { headers: auth('sk_test_nope') }),
    401,
    'api_key_invalid',
  );
});

test('a test event reaches the endpoint signed, shows in its deliveries, and is redelivered on request', async ({
  request,
}) => {
  const headers = auth(createMerchant('Test event shop').secret_key);
  const endpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers,
      data: { url: receiver.url('/test-event'), enabled_events: ['payment.failed'] },
    })
  ).json();
  receiver.route('/test-event', endpoint.secret);

  const event = await (await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/test`, { headers })).json();
  expect(event).toMatchObject({
    object: 'event',
    type: 'webhook_endpoint.test',
    data: { object: { id: endpoint.id, object: 'webhook_endpoint' } },
  });
  await receiver.waitFor((all) => all.some((r) => r.id === event.id));
  expect(receiver.rejected).toEqual([]);

  await expect
    .poll(
      async () =>
        (await (await request.get(`/api/v1/webhook_endpoints/${endpoint.id}/deliveries`, { headers })).json()).data[0]
          ?.status,
      { timeout: 10_000 },
    )
    .toBe('succeeded');
  const deliveries = await (
    await request.get(`/api/v1/webhook_endpoints/${endpoint.id}/deliveries`, { headers })
  ).json();
  expect(deliveries.data).toHaveLength(1);
  expect(deliveries.data[0]).toMatchObject({
    object: 'webhook_delivery',
    event: event.id,
    event_type: 'webhook_endpoint.test',
    endpoint: endpoint.id,
    attempt_count: 1,
  });
  expect(deliveries.data[0].attempts[0]).toMatchObject({ status_code: 200, response_excerpt: 'ok', error: null });
  expect(JSON.stringify(deliveries)).not.toContain(endpoint.secret.slice(6));

  expect((await (await request.get(`/api/v1/events/${event.id}`, { headers })).json()).id).toBe(event.id);
  const listed = await (await request.get('/api/v1/events?type=webhook_endpoint.test', { headers })).json();
  expect(listed.data.map((e: { id: string }) => e.id)).toEqual([event.id]);

  // After a rotation, the redelivered event is signed with the new secret only.
  const rotated = await (
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/rotate_secret`, { headers })
  ).json();
  receiver.route('/test-event', rotated.secret);
  const redelivered = await (
    await request.post(`/api/v1/events/${event.id}/redeliver`, { headers, data: { endpoint: endpoint.id } })
  ).json();
  expect(redelivered.data).toHaveLength(1);
  await receiver.waitFor((all) => all.filter((r) => r.id === event.id).length === 2);
  expect(receiver.rejected).toEqual([]);
  await expect
    .poll(
      async () =>
        (await (await request.get(`/api/v1/webhook_endpoints/${endpoint.id}/deliveries`, { headers })).json()).data[0]
          ?.attempt_count,
      { timeout: 10_000 },
    )
    .toBe(2);
});

test('another merchant gets 404 for every webhook object and sees none of them in lists', async ({ request }) => {
  const a = auth(createMerchant('Hooks tenant A').secret_key);
  const b = auth(createMerchant('Hooks tenant B').secret_key);
  const endpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: a,
      data: { url: receiver.url('/tenant'), enabled_events: ['*'] },
    })
  ).json();
  receiver.route('/tenant', endpoint.secret);
  const event = await (await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/test`, { headers: a })).json();

  for (const response of [
    await request.get(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers: b }),
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers: b, data: { enabled: false } }),
    await request.delete(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers: b }),
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/rotate_secret`, { headers: b }),
    await request.post(`/api/v1/webhook_endpoints/${endpoint.id}/test`, { headers: b }),
    await request.get(`/api/v1/webhook_endpoints/${endpoint.id}/deliveries`, { headers: b }),
    await request.get(`/api/v1/events/${event.id}`, { headers: b }),
    await request.post(`/api/v1/events/${event.id}/redeliver`, { headers: b }),
  ]) {
    await expectApiError(response, 404, 'resource_missing');
  }
  const bEndpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: b,
      data: { url: 'https://b.example.com/hooks', enabled_events: ['*'] },
    })
  ).json();
  await expectApiError(
    await request.post(`/api/v1/events/${event.id}/redeliver`, { headers: a, data: { endpoint: bEndpoint.id } }),
    404,
    'resource_missing',
    'endpoint',
  );
  expect(
    (await (await request.get('/api/v1/webhook_endpoints', { headers: b })).json()).data.map(
      (e: { id: string }) => e.id,
    ),
  ).toEqual([bEndpoint.id]);
  expect((await (await request.get('/api/v1/events', { headers: b })).json()).data).toEqual([]);
  expect((await (await request.get(`/api/v1/webhook_endpoints/${endpoint.id}`, { headers: a })).json()).enabled).toBe(
    true,
  );
});
