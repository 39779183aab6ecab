import { expect, test } from '@playwright/test';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { queryDb } from './support/database';
import { payOnHostedPage } from './support/hosted-payment';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant } from './support/merchant-api';

test('a user of merchant A gets 404 for merchant B’s pages and cannot refund B’s payment with a forged action call', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const shopA = createMerchant('Tenant A shop');
  const shopB = createMerchant('Tenant B shop');
  const customer = await browser.newContext();
  const own = await payOnHostedPage(customer, request, shopA.secret_key, {
    outcome: 'succeeded',
    amount: 3000,
    email: 'a-buyer@example.com',
  });
  const theirs = await payOnHostedPage(customer, request, shopB.secret_key, {
    outcome: 'succeeded',
    amount: 5000,
    email: 'b-buyer@example.com',
  });
  await customer.close();
  await signInToDashboard(page, createDashboardUser(shopA.id));

  for (const path of [
    `/dashboard/payments/${theirs.paymentId}`,
    `/dashboard/sessions/${theirs.sessionId}`,
    '/dashboard/payments/pay_does_not_exist',
    '/dashboard/sessions/cs_%00',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('b-buyer@example.com')).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-not-found');

  await page.goto('/dashboard/payments');
  await expect(page.getByRole('table', { name: 'Payments, newest first' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('main')).not.toContainText('b-buyer@example.com');
  // B's payment as a page position is not A's: the list starts from the newest and says so.
  await page.goto(`/dashboard/payments?after=${theirs.paymentId}`);
  await expect(page.getByRole('status').filter({ hasText: 'That page of the list does not exist' })).toBeVisible();

  // Capture A's own refund action (with an amount the server refuses, so nothing is refunded)...
  await page.goto(`/dashboard/payments/${own.paymentId}`);
  const refunds = page.getByRole('region', { name: 'Refunds' });
  await refunds.getByLabel('Amount to refund (USD)').fill('0');
  await refunds.getByRole('button', { name: 'Refund' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund this amount?' });
  const captured = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await dialog.getByRole('button', { name: 'Refund this amount' }).click();
  const action = await captured;
  await expect(dialog.getByRole('alert')).toContainText('Enter an amount above zero');

  // ...and replay it, signed in as A, for B's payment.
  const headers = action.headers();
  const forged = await page.request.post(action.url(), {
    headers: {
      'next-action': headers['next-action']!,
      'next-router-state-tree': headers['next-router-state-tree'] ?? '',
      'content-type': headers['content-type']!,
      accept: 'text/x-component',
    },
    data: JSON.stringify([{ paymentId: theirs.paymentId, amount: '50', reason: null }]),
  });
  const answer = await forged.text();
  expect(answer).toContain('"ok":false');
  expect(answer).toContain(`No such payment: '${theirs.paymentId}'`);
  // Signed out, the same call is sent to sign in (a server action redirects through a header).
  const anonymous = await request.post(action.url(), {
    headers: {
      'next-action': headers['next-action']!,
      'content-type': headers['content-type']!,
      accept: 'text/x-component',
    },
    data: JSON.stringify([{ paymentId: theirs.paymentId, reason: null }]),
  });
  expect(anonymous.headers()['x-action-redirect'], JSON.stringify(anonymous.headers())).toMatch(/^\/dashboard\/login/);
  expect(await anonymous.text()).not.toContain('"ok":');

  const stored = await queryDb<{ n: number }>('SELECT count(*)::int AS n FROM refunds WHERE payment_id = $1', [
    theirs.paymentId,
  ]);
  expect(stored[0]!.n).toBe(0);
  const payment = await (
    await request.get(`/api/v1/payments/${theirs.paymentId}`, { headers: auth(shopB.secret_key) })
  ).json();
  expect(payment).toMatchObject({ status: 'succeeded', amount_refunded: 0, refunds: [] });
});
