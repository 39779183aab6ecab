import { expect, test } from '@playwright/test';
import { payOnHostedPage } from './support/hosted-payment';
import { auth, createMerchant, expectApiError } from './support/merchant-api';

test('refunds over the API: validation, partial then the rest, refusals, idempotency and tenant isolation', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const merchant = createMerchant('API refund shop');
  const headers = auth(merchant.secret_key);
  const customer = await browser.newContext();
  const paid = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'succeeded',
    amount: 4500,
    email: 'ada@example.com',
  });
  const declined = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'declined',
    amount: 1000,
    email: 'bob@example.com',
  });
  await customer.close();
  const url = `/api/v1/payments/${paid.paymentId}/refunds`;

  await expectApiError(
    await request.post(url, { headers, data: { amount: '1000' } }),
    400,
    'parameter_invalid',
    'amount',
  );
  await expectApiError(await request.post(url, { headers, data: { amount: 0 } }), 400, 'parameter_invalid', 'amount');
  await expectApiError(
    await request.post(url, { headers, data: { amount: 12.5 } }),
    400,
    'parameter_invalid',
    'amount',
  );
  await expectApiError(
    await request.post(url, { headers, data: { reason: 'changed_mind' } }),
    400,
    'parameter_invalid',
    'reason',
  );
  await expectApiError(await request.post(url, { headers, data: { amonut: 100 } }), 400, 'parameter_unknown', 'amonut');
  await expectApiError(
    await request.post(url, { headers: { ...headers, 'Content-Type': 'application/json' }, data: '{"amount":' }),
    400,
    'invalid_json',
  );
  const tooMuch = await expectApiError(
    await request.post(url, { headers, data: { amount: 4501 } }),
    400,
    'amount_too_large',
    'amount',
  );
  expect(tooMuch.message).toBe('The refund of $45.01 is more than the $45.00 left to refund on this payment.');
  await expectApiError(
    await request.post(`/api/v1/payments/${declined.paymentId}/refunds`, { headers, data: {} }),
    400,
    'payment_not_refundable',
  );
  await expectApiError(
    await request.post('/api/v1/payments/pay_unknown/refunds', { headers, data: {} }),
    404,
    'resource_missing',
  );
  await expectApiError(await request.get('/api/v1/payments/pay_%00/refunds', { headers }), 404, 'resource_missing');

  // Idempotency-Key: a replay returns the same refund; another body with the key is refused; a burst with one key refunds once.
  const keyed = { ...headers, 'Idempotency-Key': 'refund-order-1042' };
  const first = await request.post(url, { headers: keyed, data: { amount: 1000, reason: 'requested_by_customer' } });
  expect(first.status()).toBe(200);
  const refund = await first.json();
  expect(refund).toMatchObject({
    object: 'refund',
    payment: paid.paymentId,
    amount: 1000,
    currency: 'usd',
    status: 'succeeded',
    reason: 'requested_by_customer',
    failure_reason: null,
  });
  expect(refund.id).toMatch(/^rfd_/);
  const replay = await request.post(url, { headers: keyed, data: { amount: 1000, reason: 'requested_by_customer' } });
  expect(replay.headers()['idempotent-replayed']).toBe('true');
  expect(await replay.json()).toEqual(refund);
  await expectApiError(
    await request.post(url, { headers: keyed, data: { amount: 999 } }),
    400,
    'idempotency_key_reused',
  );

  const burstHeaders = { ...headers, 'Idempotency-Key': 'refund-burst' };
  const burst = await Promise.all(
    Array.from({ length: 8 }, () => request.post(url, { headers: burstHeaders, data: { amount: 500 } })),
  );
  const statuses = burst.map((r) => r.status());
  expect(
    statuses.every((s) => s === 200 || s === 409),
    statuses.join(),
  ).toBe(true);
  const burstIds = new Set(
    await Promise.all(burst.filter((r) => r.status() === 200).map(async (r) => (await r.json()).id)),
  );
  expect(burstIds.size).toBe(1);

  // No amount: everything that is left (4500 − 1000 − 500).
  const rest = await (await request.post(url, { headers, data: {} })).json();
  expect(rest.amount).toBe(3000);
  await expectApiError(await request.post(url, { headers, data: { amount: 1 } }), 400, 'payment_not_refundable');

  const list = await (await request.get(url, { headers })).json();
  expect(list).toMatchObject({ object: 'list', has_more: false, url });
  expect(list.data.map((r: { amount: number }) => r.amount)).toEqual([3000, 500, 1000]);
  const page = await (await request.get(`${url}?limit=2`, { headers })).json();
  expect([page.data.length, page.has_more]).toEqual([2, true]);
  await expectApiError(await request.get(`${url}?limit=0`, { headers }), 400, 'parameter_invalid', 'limit');
  const payment = await (await request.get(`/api/v1/payments/${paid.paymentId}`, { headers })).json();
  expect(payment.amount_refunded).toBe(4500);
  expect(payment.refunds.map((r: { amount: number }) => r.amount)).toEqual([1000, 500, 3000]);

  // Another merchant sees none of it and can refund nothing.
  const other = auth(createMerchant('Nosy refund shop').secret_key);
  await expectApiError(
    await request.post(`/api/v1/payments/${declined.paymentId}/refunds`, { headers: other, data: {} }),
    404,
    'resource_missing',
  );
  await expectApiError(await request.get(url, { headers: other }), 404, 'resource_missing');

  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(Object.keys(openapi.paths['/api/v1/payments/{id}/refunds'])).toEqual(expect.arrayContaining(['get', 'post']));
});
