import { expect, test, type Page } from '@playwright/test';
import { expectPaymentSuccessful, payWith } from './support/checkout';
import { queryDb } from './support/database';
import { demoSiteUrl } from './support/e2e-env';
import { CHECKOUT_FRAME, payInEmbed } from './support/embed';
import { auth, createMerchant, createSession, type TestMerchant } from './support/merchant-api';
import { continueToPayment, createLink, linkPath } from './support/payment-links';

let merchant: TestMerchant;

test.beforeAll(async ({ request }) => {
  merchant = createMerchant('Embedded link shop');
  const response = await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  expect(response.status()).toBe(200);
});

/**
 * An embedded session that belongs to `linkId`. Nothing in Tillpoint opens one today (a link page opens
 * a hosted checkout, and the API takes no payment link), but sessions and createCheckoutSession allow
 * it, so the test ties an embedded session to the link in the database.
 */
async function embeddedLinkSession(request: Parameters<typeof createSession>[0], linkId: string): Promise<string> {
  const session = await createSession(request, merchant.secret_key, {
    ui_mode: 'embedded',
    success_url: undefined,
    cancel_url: undefined,
  });
  await queryDb('UPDATE checkout_sessions SET payment_link_id = $1 WHERE id = $2', [linkId, session.id]);
  return session.id;
}

/** Mounts the session inline on the demo site (another origin); the host page records the frame's events. */
async function mount(page: Page, sessionId: string) {
  await page.goto(demoSiteUrl);
  await page.evaluate((id) => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    Tillpoint.mount('#checkout', {
      session: id,
      onEvent: (event) => seen.push(event.type === 'failed' ? `failed:${event.code}` : event.type),
    });
  }, sessionId);
  return page.frameLocator(CHECKOUT_FRAME);
}

const seenEvents = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

test('a customer in an embedded checkout whose link gets deactivated reads the link’s message instead of the form', async ({
  page,
  request,
}) => {
  const link = await createLink(request, merchant.secret_key, {
    inactive_message: 'The spring batch is sold out.\nWrite to us for the next one.',
  });
  const sessionId = await embeddedLinkSession(request, link.id);
  const frame = await mount(page, sessionId);
  await expect(frame.getByRole('button', { name: /^Pay \$45\.00$/ })).toBeEnabled({ timeout: 20_000 });

  // The merchant deactivates the link while the customer types their card; Pay is refused and the frame shows the message.
  const deactivated = await request.post(`/api/v1/payment_links/${link.id}`, {
    headers: auth(merchant.secret_key),
    data: { active: false },
  });
  expect(deactivated.status()).toBe(200);
  await payInEmbed(frame, '4242424242424242');
  await expect(frame.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(frame.getByText('The spring batch is sold out.')).toBeVisible();
  await expect(frame.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await expect.poll(() => seenEvents(page)).toContain('failed:link_unavailable');
  expect(await queryDb('SELECT status FROM payments WHERE session_id = $1', [sessionId])).toEqual([]);

  // Opened again later, it shows the message straight away.
  const reopened = await mount(page, sessionId);
  await expect(reopened.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(reopened.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await expect.poll(() => seenEvents(page)).toContain('ready');
  await page.locator(CHECKOUT_FRAME).screenshot({ path: 'screenshots/embed-link-unavailable.png' });
});

test('an embedded checkout of a link whose completion limit was reached shows the inactive message', async ({
  page,
  browser,
  request,
}) => {
  const link = await createLink(request, merchant.secret_key, { restrictions: { completed_sessions: { limit: 1 } } });
  const sessionId = await embeddedLinkSession(request, link.id);
  await expect((await mount(page, sessionId)).getByRole('button', { name: /^Pay \$45\.00$/ })).toBeEnabled({
    timeout: 20_000,
  });

  const customer = await browser.newContext();
  const shopper = await customer.newPage();
  await shopper.goto(linkPath(link));
  await continueToPayment(shopper);
  await payWith(shopper, '4242424242424242');
  await expectPaymentSuccessful(shopper);
  await customer.close();

  const frame = await mount(page, sessionId);
  await expect(frame.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    frame.getByText('The seller is no longer taking payments through this link.', { exact: false }),
  ).toBeVisible();
  await expect(frame.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
});
