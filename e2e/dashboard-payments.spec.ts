import { expect, test, type Page } from '@playwright/test';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { payOnHostedPage } from './support/hosted-payment';
import { expectNoAxeViolations, screenshotBoth as screenshotBothSizes, VIEWPORTS } from './support/look';
import { auth, createMerchant, type TestMerchant } from './support/merchant-api';

// One merchant's day: three customers pay on the hosted page (a success, a decline, a 3-D Secure
// success), and the merchant follows it all in the dashboard, down to refunds and webhook deliveries.
test.describe.configure({ mode: 'serial' });

let merchant: TestMerchant;
let email: string;
let receiver: WebhookReceiver;
const paid = {} as Record<'lamp' | 'declined' | 'chair', { sessionId: string; paymentId: string }>;

test.beforeAll(async ({ browser, request }) => {
  test.setTimeout(120_000);
  receiver = await startWebhookReceiver();
  merchant = createMerchant('Dashboard payments shop');
  email = createDashboardUser(merchant.id);
  const endpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: auth(merchant.secret_key),
      data: { url: receiver.url('/hooks'), enabled_events: ['*'] },
    })
  ).json();
  receiver.route('/hooks', endpoint.secret);
  const customer = await browser.newContext();
  paid.lamp = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'succeeded',
    amount: 4500,
    email: 'ada@example.com',
  });
  paid.declined = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: 'declined',
    amount: 1200,
    email: 'bob@example.com',
    name: 'Oak stool',
  });
  paid.chair = await payOnHostedPage(customer, request, merchant.secret_key, {
    outcome: '3ds',
    amount: 2500,
    email: 'cy@example.com',
    name: 'Linen chair',
  });
  await customer.close();
  await receiver.waitFor((all) => all.filter((r) => r.type === 'payment.succeeded').length === 2, 20_000);
});

test.afterAll(() => receiver?.close());

/** Screenshots from the top of the page (the shell's sticky header and sidebar stay where they belong), after checking that nothing overflows sideways on a phone. */
async function screenshotBoth(page: Page, name: string) {
  await page.setViewportSize(VIEWPORTS.phone);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    `${name} overflows sideways on a phone`,
  ).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBothSizes(page, name);
}

/** Waits until the streamed page has replaced its loading skeleton. */
async function loaded(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

test('the overview counts today’s payments: volume, successes, success rate and 3-D Secure rate', async ({ page }) => {
  await signInToDashboard(page, email);
  const today = page.getByRole('region', { name: /^Today/ });
  await expect(today).toContainText('$70.00');
  await expect(today).toContainText('2 payments in USD');
  await expect(today).toContainText('of 3 attempted payments');
  await expect(today).toContainText('66.7%');
  await expect(today).toContainText('2 of 3 payments with an outcome');
  await expect(today).toContainText('33.3%');
  await expect(today).toContainText('1 of 3 attempted payments');
  await expect(page.getByRole('region', { name: /^Last 30 days/ })).toContainText('$70.00');

  const chart = page.getByRole('img', { name: /^Succeeded volume per UTC day in USD/ });
  await expect(chart).toHaveAccessibleName(/\$70\.00 in all/);
  await page.getByText('Show the numbers as a table').click();
  const table = page.getByRole('region', { name: 'Daily volume in USD' }).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(31);
  await expect(table.getByRole('row').last()).toContainText('$70.00');
  await expect(page.getByRole('region', { name: 'How these numbers are counted' })).toContainText(
    'Succeeded payments ÷ attempted payments that have an outcome',
  );
  await expectNoAxeViolations(page);
  await page.getByText('Show the numbers as a table').click();
  await screenshotBoth(page, 'dashboard-overview');
});

test('the payment list shows every payment and each filter narrows it', async ({ page }) => {
  await signInToDashboard(page, email);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Payments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Payments, newest first' });
  await expect(table.getByRole('row')).toHaveCount(4);
  for (const text of ['$25.00', 'Succeeded', 'cy@example.com', 'Visa •••• 3184'])
    await expect(table.getByRole('row').nth(1)).toContainText(text);
  await expect(table).toContainText('bob@example.com');
  await expect(table.getByRole('row').filter({ hasText: 'bob@example.com' })).toContainText('Failed');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-payments');

  const filtered = page.getByRole('table', { name: 'Payments matching the filters, newest first' });
  const form = page.getByRole('search', { name: 'Filter payments' });
  await form.getByLabel('Status').selectOption('failed');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=failed/);
  await expect(filtered.getByRole('row')).toHaveCount(2);
  await expect(filtered).toContainText('bob@example.com');

  await page.goto('/dashboard/payments?status=succeeded');
  await expect(filtered.getByRole('row')).toHaveCount(3);
  await expect(filtered).not.toContainText('bob@example.com');

  await page.goto('/dashboard/payments');
  await form.getByLabel('Customer email').fill('ADA@example');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(filtered.getByRole('row')).toHaveCount(2);
  await expect(filtered).toContainText('ada@example.com');

  await page.goto('/dashboard/payments');
  await form.getByLabel('Min amount').fill('20');
  await form.getByLabel('Max amount').fill('30.00');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/min=20&max=30\.00/);
  await expect(filtered.getByRole('row')).toHaveCount(2);
  await expect(filtered).toContainText('$25.00');

  const todayUtc = new Date().toISOString().slice(0, 10);
  const yesterdayUtc = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.goto('/dashboard/payments');
  await form.getByLabel('From (UTC day)').fill(todayUtc);
  await form.getByLabel('To (UTC day)').fill(todayUtc);
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(filtered.getByRole('row')).toHaveCount(4);
  await page.goto(`/dashboard/payments?to=${yesterdayUtc}`);
  await expect(page.getByText('No payments match these filters')).toBeVisible();
  await expect(page.getByRole('link', { name: 'clear the filters' })).toHaveAttribute('href', '/dashboard/payments');
  await expectNoAxeViolations(page);

  // A bad value in the address is explained and ignored, never an error page.
  const response = await page.goto('/dashboard/payments?status=paid&min=ten&from=2026-02-30&email=a%00b');
  expect(response?.status()).toBe(200);
  const notes = page.getByRole('status').filter({ hasText: 'Some filters could not be used' });
  await expect(notes).toContainText('“paid” is not a payment status');
  await expect(notes).toContainText('“ten” is not an amount');
  await expect(notes).toContainText('“2026-02-30” is not a date');
  await expect(notes).toContainText('not part of an email address');
  await expect(page.getByRole('table', { name: 'Payments, newest first' }).getByRole('row')).toHaveCount(4);
});

test('a payment’s page shows its timeline with sources, the Stripe events and the webhook deliveries', async ({
  page,
}) => {
  await signInToDashboard(page, email);
  await page.goto('/dashboard/payments');
  await page.getByRole('table', { name: 'Payments, newest first' }).getByRole('link', { name: '$25.00' }).click();
  await expect(page).toHaveURL(`/dashboard/payments/${paid.chair.paymentId}`);
  await loaded(page);
  await expect(page.getByRole('heading', { level: 1, name: '$25.00' })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Waiting on customer');
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Customer pressed Pay');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Customer finished 3-D Secure');
  // The success is applied by whichever of the PaymentIntent's or the charge's events arrives first.
  await expect(timeline.getByRole('listitem').nth(2)).toContainText(
    /Succeeded\s*Stripe webhook \((payment_intent|charge)\.[a-z_]+\)/,
  );
  await expect(timeline.getByRole('listitem').nth(2)).toContainText(/evt_\w+/);
  await expect(timeline.locator('time').first()).toHaveAttribute('title', /UTC$/);

  const stripeEvents = page.getByRole('region', { name: 'Stripe events received' });
  await expect(stripeEvents).toContainText('payment_intent.requires_action');
  await expect(stripeEvents).toContainText('payment_intent.succeeded');

  const webhooks = page.getByRole('region', { name: 'Webhook deliveries' });
  for (const type of [
    'payment.requires_action',
    'payment.action_completed',
    'payment.succeeded',
    'checkout.session.completed',
  ])
    await expect(webhooks).toContainText(type);
  await expect(webhooks).toContainText(receiver.url('/hooks'));
  await expect(webhooks).toContainText(/Delivered[\s\S]*Attempt 1\s*HTTP 200\s*\d+ ms/);

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('cy@example.com');
  await expect(details).toContainText('Visa •••• 3184');
  await expect(details.getByRole('link', { name: paid.chair.sessionId })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-payment-3ds');

  await page.goto(`/dashboard/payments/${paid.declined.paymentId}`);
  await loaded(page);
  const failure = page.getByRole('region', { name: 'What the customer was told' });
  await expect(failure).toContainText('“Your card was declined. Try another card or contact your bank.”');
  await expect(failure).toContainText('decline code generic_decline');
  await expect(page.getByRole('region', { name: 'Refunds' })).toContainText(
    'Only a succeeded payment can be refunded.',
  );
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-payment-declined');
});

test('a partial then a full refund, each confirmed; too much is refused; payment.refunded reaches the receiver', async ({
  page,
  request,
}) => {
  await signInToDashboard(page, email);
  await page.goto(`/dashboard/payments/${paid.lamp.paymentId}`);
  await loaded(page);
  const refunds = page.getByRole('region', { name: 'Refunds' });
  await expect(refunds).toContainText('Refunded $0.00 of $45.00 · $45.00 left to refund');

  await refunds.getByLabel('Amount to refund (USD)').fill('15');
  await refunds.getByLabel('Reason (optional)').selectOption('requested_by_customer');
  await refunds.getByRole('button', { name: 'Refund' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund $15.00?' });
  await expect(dialog).toContainText('goes back to the customer’s Visa •••• 4242');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Refund $15.00' }).click();
  await expect(dialog).toBeHidden();
  await expect(refunds.getByRole('status')).toHaveText('Refunded $15.00.');
  await expect(refunds).toContainText('Refunded $15.00 of $45.00 · $30.00 left to refund');
  await expect(refunds.getByRole('list', { name: 'Refunds made' })).toContainText('Requested by the customer');
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Partially refunded');

  // More than what is left: refused in the dialog, nothing refunded.
  await refunds.getByLabel('Amount to refund (USD)').fill('30.01');
  await refunds.getByRole('button', { name: 'Refund' }).click();
  const tooMuch = page.getByRole('dialog', { name: 'Refund $30.01?' });
  await tooMuch.getByRole('button', { name: 'Refund $30.01' }).click();
  await expect(tooMuch.getByRole('alert')).toHaveText(
    'The refund of $30.01 is more than the $30.00 left to refund on this payment.',
  );
  await tooMuch.getByRole('button', { name: 'Cancel' }).click();

  // Empty amount: everything that is left.
  await refunds.getByLabel('Amount to refund (USD)').fill('');
  await refunds.getByRole('button', { name: 'Refund' }).click();
  await page.getByRole('dialog', { name: 'Refund $30.00?' }).getByRole('button', { name: 'Refund $30.00' }).click();
  await expect(refunds).toContainText('Refunded $45.00 of $45.00 · $0.00 left to refund');
  await expect(refunds).toContainText('This payment has been fully refunded.');
  await expect(refunds.getByRole('list', { name: 'Refunds made' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Refunded');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-payment-refunded');

  await receiver.waitFor((all) => all.filter((r) => r.type === 'payment.refunded').length === 2, 20_000);
  const refundedEvents = receiver
    .on('/hooks')
    .filter((r) => r.type === 'payment.refunded')
    .map((r) => r.body.data.object);
  expect(refundedEvents.map((o) => o.amount_refunded)).toEqual([1500, 4500]);
  expect(refundedEvents[1]).toMatchObject({
    id: paid.lamp.paymentId,
    status: 'succeeded',
    refunds: [
      { amount: 1500, status: 'succeeded', reason: 'requested_by_customer' },
      { amount: 3000, status: 'succeeded' },
    ],
  });
  const api = await (
    await request.get(`/api/v1/payments/${paid.lamp.paymentId}/refunds`, { headers: auth(merchant.secret_key) })
  ).json();
  expect(api.data.map((r: { amount: number }) => r.amount)).toEqual([3000, 1500]);

  // The deliveries of payment.refunded show on the page too.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Webhook deliveries' })).toContainText('payment.refunded');
  await page.goto('/dashboard/payments?status=refunded');
  await expect(
    page.getByRole('table', { name: 'Payments matching the filters, newest first' }).getByRole('row'),
  ).toHaveCount(2);
});

test('checkout sessions: the list filters by status and a session shows its items, payment and URLs', async ({
  page,
}) => {
  await signInToDashboard(page, email);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Checkout sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout sessions' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Checkout sessions, newest first' }).getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-sessions');

  await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Open' }).click();
  const open = page.getByRole('table', { name: 'Open checkout sessions, newest first' });
  await expect(open.getByRole('row')).toHaveCount(2);
  await expect(open).toContainText('bob@example.com');
  await expect(open).toContainText('Failed');
  await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Complete' }).click();
  await expect(
    page.getByRole('table', { name: 'Complete checkout sessions, newest first' }).getByRole('row'),
  ).toHaveCount(3);
  await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Expired' }).click();
  await expect(page.getByText('No expired checkout sessions')).toBeVisible();
  await page.goto('/dashboard/sessions?status=finished');
  await expect(page.getByRole('status').filter({ hasText: '“finished” is not a session status' })).toBeVisible();

  await page.goto(`/dashboard/sessions/${paid.chair.sessionId}`);
  await loaded(page);
  await expect(page.getByRole('heading', { level: 1, name: '$25.00' })).toBeVisible();
  const items = page.getByRole('table', { name: 'What the customer is asked to pay for' });
  await expect(items.getByRole('row', { name: /Linen chair/ })).toContainText('$25.00');
  const payment = page.getByRole('region', { name: 'Payment' });
  await expect(payment).toContainText('Succeeded');
  await payment.getByRole('link', { name: '$25.00 payment' }).click();
  await expect(page).toHaveURL(`/dashboard/payments/${paid.chair.paymentId}`);
  await page.goBack();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('http://localhost:3999/thanks');
  await expect(details).toContainText('cy@example.com');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-session');

  await page.goto(`/dashboard/sessions/${paid.declined.sessionId}`);
  await loaded(page);
  await expect(page.getByRole('region', { name: 'Hosted page' })).toContainText(`/c/${paid.declined.sessionId}`);
});
