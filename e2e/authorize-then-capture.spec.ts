import { expect, test, type Page } from '@playwright/test';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver';
import { fillCard, fillEmail } from './support/checkout';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { demoSiteUrl, E2E } from './support/e2e-env';
import { CHECKOUT_FRAME, payInEmbed, screenshotEmbed } from './support/embed';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, createSession, expectApiError, type TestMerchant } from './support/merchant-api';
import { continueToPayment, createLink, linkPath } from './support/payment-links';
import { intentsForSession } from './support/sandbox-stripe';

// A furniture shop holds the card when the order is placed and charges it when the goods ship: the customer
// sees that their card was authorised (not charged), and the merchant captures only what ships.
test.describe.configure({ mode: 'serial' });

let merchant: TestMerchant;
let email: string;
let receiver: WebhookReceiver;

test.beforeAll(async ({ request }) => {
  receiver = await startWebhookReceiver({ port: E2E.receiverPort });
  merchant = createMerchant('Held furniture shop');
  email = createDashboardUser(merchant.id);
  const endpoint = await (
    await request.post('/api/v1/webhook_endpoints', {
      headers: auth(merchant.secret_key),
      data: { url: receiver.url('/hooks'), enabled_events: ['*'] },
    })
  ).json();
  receiver.route('/hooks', endpoint.secret);
});

test.afterAll(() => receiver?.close());

/** The customer pays a manual-capture checkout on the hosted page and lands on the authorised receipt. */
async function authorizeOnHostedPage(page: Page, url: string, customer: string) {
  await page.goto(url);
  await fillEmail(page, customer);
  await fillCard(page, '4242424242424242');
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.waitForURL(/\/return\?payment=pay_/);
}

const paymentOf = async (request: import('@playwright/test').APIRequestContext, sessionId: string) =>
  (
    (await (
      await request.get(`/api/v1/checkout/sessions/${sessionId}`, { headers: auth(merchant.secret_key) })
    ).json()) as { payment: string }
  ).payment;

test('the customer is told the card is authorised; the merchant captures part of it from the dashboard', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await createSession(request, merchant.secret_key, {
    line_items: [{ name: 'Oak dining table', unit_amount: 6000, quantity: 1 }],
    success_url: 'http://localhost:3999/thanks',
    payment_intent_data: { capture_method: 'manual' },
  });
  const customer = await browser.newContext();
  const tab = await customer.newPage();
  await authorizeOnHostedPage(tab, session.url, 'ada@example.com');
  await expect(tab.getByRole('heading', { name: 'Your card has been authorised' })).toBeVisible({ timeout: 15_000 });
  await expect(tab.getByText('Nothing has been charged yet.', { exact: false })).toBeVisible();
  await expect(tab.getByTestId('amount-authorized')).toHaveText('$60.00');
  await expect(tab.getByRole('heading', { name: 'Payment successful' })).toHaveCount(0);
  // Back on the checkout page: it says the card is held, not that it was paid.
  await tab.goto(session.url);
  await expect(tab.getByRole('heading', { name: 'Your card has been authorised' })).toBeVisible();
  await customer.close();

  const paymentId = await paymentOf(request, session.id);
  const authorized = await (
    await request.get(`/api/v1/payments/${paymentId}`, { headers: auth(merchant.secret_key) })
  ).json();
  expect([authorized.status, authorized.capture_method, authorized.amount_capturable]).toEqual([
    'authorized',
    'manual',
    6000,
  ]);
  await receiver.waitFor((all) => all.some((r) => r.type === 'payment.authorized'));

  await signInToDashboard(page, email);
  await page.goto('/dashboard/payments');
  await expect(page.getByRole('row').filter({ hasText: 'ada@example.com' })).toContainText('Authorized');
  await page.goto(`/dashboard/payments/${paymentId}`);
  const capture = page.getByRole('region', { name: 'Capture' });
  await expect(capture.getByLabel('Amount to capture (USD)')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-payment-authorized');

  await capture.getByLabel('Amount to capture (USD)').fill('25');
  await capture.getByRole('button', { name: 'Capture', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Capture $25.00?' });
  await expect(dialog).toContainText('The other $35.00 of the authorization is released');
  await screenshotBoth(page, 'dashboard-capture-dialog');
  await dialog.getByRole('button', { name: 'Capture $25.00' }).click();
  await expect(capture).toContainText('Captured $25.00 of the $60.00 authorized · $35.00 released.', {
    timeout: 15_000,
  });
  await screenshotBoth(page, 'dashboard-payment-captured');

  const [intent] = await intentsForSession(session.id);
  expect([intent!.status, intent!.amount_received]).toEqual(['succeeded', 2500]);
  await receiver.waitFor((all) =>
    all.some((r) => r.type === 'payment.succeeded' && r.body.data.object.id === paymentId),
  );
  const types = receiver.received.filter((r) => r.body.data.object.id === paymentId).map((r) => r.type);
  expect(types).toEqual(['payment.authorized', 'payment.captured', 'payment.succeeded']);
  const captured = await (
    await request.get(`/api/v1/payments/${paymentId}`, { headers: auth(merchant.secret_key) })
  ).json();
  expect([captured.status, captured.amount_captured, captured.amount_released]).toEqual(['succeeded', 2500, 3500]);

  // Captured once: a repeat changes nothing.
  const again = await request.post(`/api/v1/payments/${paymentId}/capture`, { headers: auth(merchant.secret_key) });
  await expectApiError(again, 400, 'payment_already_captured');
  expect((await intentsForSession(session.id))[0]!.amount_received).toBe(2500);
});

test('over the API: an Idempotency-Key replays the capture, too much is refused, another merchant gets 404', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const session = await createSession(request, merchant.secret_key, {
    line_items: [{ name: 'Linen sofa', unit_amount: 9000, quantity: 1 }],
    success_url: 'http://localhost:3999/thanks',
    payment_intent_data: { capture_method: 'manual' },
  });
  const customer = await browser.newContext();
  const tab = await customer.newPage();
  await authorizeOnHostedPage(tab, session.url, 'bo@example.com');
  await expect(tab.getByRole('heading', { name: 'Your card has been authorised' })).toBeVisible({ timeout: 15_000 });
  await customer.close();
  const paymentId = await paymentOf(request, session.id);
  const url = `/api/v1/payments/${paymentId}/capture`;

  const tooMuch = await request.post(url, { headers: auth(merchant.secret_key), data: { amount_to_capture: 9001 } });
  await expectApiError(tooMuch, 400, 'amount_too_large', 'amount_to_capture');
  const other = createMerchant('Someone else');
  await expectApiError(await request.post(url, { headers: auth(other.secret_key) }), 404, 'resource_missing');
  await expectApiError(
    await request.post(`/api/v1/payments/${paymentId}/cancel`, { headers: auth(other.secret_key) }),
    404,
    'resource_missing',
  );

  const headers = auth(merchant.secret_key, { 'Idempotency-Key': `capture-${paymentId}` });
  const first = await request.post(url, { headers, data: { amount_to_capture: 7000 } });
  expect([200, 202]).toContain(first.status());
  const replay = await request.post(url, { headers, data: { amount_to_capture: 7000 } });
  expect(replay.status()).toBe(first.status());
  expect(replay.headers()['idempotent-replayed']).toBe('true');
  expect(await replay.json()).toEqual(await first.json());
  await expect
    .poll(async () => (await intentsForSession(session.id))[0]!.amount_received, { timeout: 10_000 })
    .toBe(7000);
  const cancel = await request.post(`/api/v1/payments/${paymentId}/cancel`, { headers: auth(merchant.secret_key) });
  await expectApiError(cancel, 400, 'payment_not_cancelable');
});

test('a payment link: the customer reads that the card is authorised (also in German); the merchant cancels the hold', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const link = await createLink(request, merchant.secret_key, {
    line_items: [{ name: 'Oak chair', unit_amount: 1900, quantity: 1 }],
    currency: 'eur',
    payment_intent_data: { capture_method: 'manual' },
  });
  expect(link.payment_intent_data).toEqual({ capture_method: 'manual' });
  const customer = await browser.newContext();
  const tab = await customer.newPage();
  await tab.goto(linkPath(link));
  const sessionId = await continueToPayment(tab);
  await fillEmail(tab, 'cy@example.com');
  await fillCard(tab, '4242424242424242');
  await tab.getByRole('button', { name: /^Pay / }).click();
  await tab.waitForURL(/\/return\?payment=pay_/);
  await expect(tab.getByRole('heading', { name: 'Your card has been authorised' })).toBeVisible({ timeout: 15_000 });
  const returnUrl = tab.url();
  await customer.close();

  const german = await browser.newContext({ locale: 'de-DE' });
  const deTab = await german.newPage();
  await deTab.goto(returnUrl);
  await expect(deTab.getByRole('heading', { name: 'Ihre Karte wurde autorisiert' })).toBeVisible();
  await expect(deTab.getByText('Autorisiert insgesamt')).toBeVisible();
  await expectNoAxeViolations(deTab);
  await screenshotBoth(deTab, 'return-authorized-de');
  await german.close();

  const paymentId = await paymentOf(request, sessionId);
  await signInToDashboard(page, email);
  await page.goto(`/dashboard/payments/${paymentId}`);
  const capture = page.getByRole('region', { name: 'Capture' });
  await capture.getByRole('button', { name: 'Cancel authorization' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this authorization?' });
  await dialog.getByRole('button', { name: 'Cancel authorization' }).click();
  await expect(capture).toContainText('Authorization of €19.00 released. Canceled on request.', { timeout: 15_000 });
  const [intent] = await intentsForSession(sessionId);
  expect([intent!.status, intent!.amount_received]).toEqual(['canceled', 0]);
  // The customer coming back to the checkout reads that nothing was charged.
  await page.goto(`/c/${sessionId}`);
  await expect(page.getByRole('heading', { name: 'Payment canceled' })).toBeVisible();
  await expect(page.getByText('This payment was canceled and you were not charged.')).toBeVisible();
  await receiver.waitFor((all) =>
    all.some((r) => r.type === 'payment.canceled' && r.body.data.object.id === paymentId),
  );
});

test('embedded on the merchant’s site: the frame says the card is authorised and the host page hears `authorized`', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const shop = createMerchant('Embedded held shop');
  const account = await request.post('/api/v1/account', {
    headers: auth(shop.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  expect(account.status()).toBe(200);
  const session = await createSession(request, shop.secret_key, {
    ui_mode: 'embedded',
    success_url: undefined,
    cancel_url: undefined,
    payment_intent_data: { capture_method: 'manual' },
  });
  await page.goto(demoSiteUrl);
  await page.evaluate((id) => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    Tillpoint.mount('#checkout', { session: id, onEvent: (event) => seen.push(event.type) });
  }, session.id);
  const frame = page.frameLocator(CHECKOUT_FRAME);
  await expect(frame.getByRole('button', { name: /^Pay \$45\.00$/ })).toBeEnabled({ timeout: 20_000 });
  await payInEmbed(frame, '4242424242424242');
  await expect(frame.getByRole('heading', { name: 'Your card has been authorised' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText('Amount held on your card: $45.00.')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((type) => type !== 'resize')).toEqual(['ready', 'processing', 'authorized']);
  await screenshotEmbed(page, 'embed-inline-authorized');
});
