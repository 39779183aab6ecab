import { expect, test } from '@playwright/test';
import { authenticateInModal, expectPaymentSuccessful, payWith, threeDsModal } from './support/checkout';
import { auth, createMerchant, createSession, expectApiError } from './support/merchant-api';

test('a payment stuck in 3-D Secure is finished by the customer through the action URL', async ({
  request,
  page,
  browser,
}) => {
  const merchant = createMerchant('Action shop');
  const headers = auth(merchant.secret_key);
  const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });

  // The customer pays with a 3DS card and leaves the bank's challenge open.
  await page.goto(new URL(session.url).pathname);
  await payWith(page, '4000002760003184');
  await expect(threeDsModal(page)).toBeVisible();
  await page.close();

  const sessionNow = await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers })).json();
  const paymentId = sessionNow.payment as string;
  expect(paymentId).toMatch(/^pay_/);
  const payment = await (await request.get(`/api/v1/payments/${paymentId}`, { headers })).json();
  expect(payment).toMatchObject({
    object: 'payment',
    status: 'requires_action',
    amount: 4500,
    currency: 'usd',
    checkout_session: session.id,
    next_action: { type: expect.any(String) },
  });
  expect(payment.timeline.length).toBeGreaterThan(0);

  const list = await (await request.get(`/api/v1/payments?checkout_session=${session.id}`, { headers })).json();
  expect(list.data.map((p: { id: string }) => p.id)).toEqual([paymentId]);
  expect((await (await request.get('/api/v1/payments?status=succeeded', { headers })).json()).data).toEqual([]);

  // Another merchant sees none of it.
  const other = createMerchant('Nosy shop');
  await expectApiError(
    await request.get(`/api/v1/payments/${paymentId}`, { headers: auth(other.secret_key) }),
    404,
    'resource_missing',
  );
  await expectApiError(
    await request.get(`/api/v1/payments/${paymentId}/action_url`, { headers: auth(other.secret_key) }),
    404,
    'resource_missing',
  );
  expect(
    (
      await (
        await request.get(`/api/v1/payments?checkout_session=${session.id}`, { headers: auth(other.secret_key) })
      ).json()
    ).data,
  ).toEqual([]);

  const action = await (await request.get(`/api/v1/payments/${paymentId}/action_url`, { headers })).json();
  expect(action.url).toMatch(new RegExp(`/pay/${paymentId}/action\\?token=\\d+\\.[\\w-]{43}$`));

  // A forged token opens nothing.
  const customer = await browser.newPage();
  await customer.goto(new URL(action.url).pathname + '?token=123.abc');
  await expect(customer.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();

  await customer.goto(new URL(action.url).pathname + new URL(action.url).search);
  await authenticateInModal(customer, 'Complete authentication');
  await expectPaymentSuccessful(customer);

  await expect
    .poll(async () => (await (await request.get(`/api/v1/payments/${paymentId}`, { headers })).json()).status, {
      timeout: 15_000,
    })
    .toBe('succeeded');
  const done = await (await request.get(`/api/v1/payments/${paymentId}`, { headers })).json();
  expect(done.card).toMatchObject({ last4: '3184' });
  expect((await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers })).json()).status).toBe(
    'complete',
  );
  await expectApiError(
    await request.get(`/api/v1/payments/${paymentId}/action_url`, { headers }),
    400,
    'payment_not_requires_action',
  );
  await expectApiError(
    await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, { headers }),
    400,
    'invalid_state',
  );
  await expectApiError(await request.get('/api/v1/payments/pay_unknown', { headers }), 404, 'resource_missing');
  await expectApiError(
    await request.get('/api/v1/payments?status=paid', { headers }),
    400,
    'parameter_invalid',
    'status',
  );
});

test('expiring a session through the API cancels a payment waiting on 3-D Secure', async ({ request, page }) => {
  const merchant = createMerchant('Expire shop');
  const headers = auth(merchant.secret_key);
  const session = await createSession(request, merchant.secret_key);
  await page.goto(new URL(session.url).pathname);
  await payWith(page, '4000002760003184');
  await expect(threeDsModal(page)).toBeVisible();

  const expired = await (await request.post(`/api/v1/checkout/sessions/${session.id}/expire`, { headers })).json();
  expect(expired.status).toBe('expired');
  const payment = await (await request.get(`/api/v1/payments/${expired.payment}`, { headers })).json();
  expect(payment.status).toBe('canceled');
  await page.goto(new URL(session.url).pathname);
  await expect(page.getByRole('heading', { name: 'This checkout has expired' })).toBeVisible();
});
