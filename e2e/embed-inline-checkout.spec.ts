import { expect, test } from '@playwright/test';
import { paymentForSession, queryDb } from './support/database';
import { appUrl, demoSiteUrl } from './support/e2e-env';
import {
  CHECKOUT_FRAME,
  loggedEvents,
  openDemoSite,
  payInEmbed,
  screenshotEmbed,
  settledFrameHeight,
  startEmbeddedCheckout,
  waitForEvent,
} from './support/embed';
import { expectNoAxeViolations } from './support/look';
import { auth, createMerchant, createSession } from './support/merchant-api';

test('a customer pays inline on the merchant’s own site (4242): the host page hears ready, processing, succeeded', async ({
  page,
}) => {
  const tillpointResponses: { url: string; setCookie: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(appUrl))
      tillpointResponses.push({ url: response.url(), setCookie: response.headers()['set-cookie'] });
  });
  await openDemoSite(page);
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'inline');
  expect(new URL(page.url()).origin).toBe(demoSiteUrl);
  await expect(frame.getByRole('heading', { name: 'Pay Tillpoint Demo Store' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotEmbed(page, 'embed-inline');

  await payInEmbed(frame, '4242424242424242');
  const succeeded = await waitForEvent(page, 'succeeded');
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    /Order confirmed by the shop’s server: payment pay_\w+ is complete/,
  );

  const payment = await paymentForSession(sessionId);
  expect(payment?.status).toBe('succeeded');
  expect(succeeded.detail).toBe(payment!.id);
  const types = (await loggedEvents(page)).map((event) => event.type).filter((type) => type !== 'resize');
  expect(types).toEqual(['ready', 'processing', 'succeeded']);
  await expectNoAxeViolations(page);
  await screenshotEmbed(page, 'embed-inline-paid');

  // The embed needs no cookies: none is set, none is readable in the frame (it works with third-party cookies blocked).
  expect(tillpointResponses.filter((response) => response.setCookie)).toEqual([]);
  expect(await page.frame({ url: /\/embed\/cs_/ })!.evaluate(() => document.cookie)).toBe('');
});

test('3-D Secure in the modal inside the embed: the frame grows to show it, then the payment succeeds', async ({
  page,
}) => {
  await openDemoSite(page, 'modal');
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'inline');
  await payInEmbed(frame, '4000002760003184');
  await waitForEvent(page, 'requires_action');
  await expect(frame.getByRole('dialog', { name: '3D Secure authentication' })).toBeVisible();
  const frameHeight = await settledFrameHeight(page);
  expect(frameHeight).toBeGreaterThanOrEqual(720);
  // The challenge dialog is whole inside the frame, and the frame is scrolled into the customer's view.
  const dialog = await frame.getByRole('dialog', { name: '3D Secure authentication' }).boundingBox();
  const iframe = await page.locator(CHECKOUT_FRAME).boundingBox();
  expect(dialog!.y).toBeGreaterThanOrEqual(iframe!.y);
  expect(dialog!.y + dialog!.height).toBeLessThanOrEqual(iframe!.y + iframe!.height);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await screenshotEmbed(page, 'embed-3ds-modal');

  await frame
    .frameLocator('iframe[title="3D Secure challenge"]')
    .getByRole('button', { name: 'Complete authentication' })
    .click();
  await waitForEvent(page, 'succeeded');
  expect((await paymentForSession(sessionId))?.status).toBe('succeeded');
  const types = (await loggedEvents(page)).map((event) => event.type).filter((type) => type !== 'resize');
  expect(types).toEqual(['ready', 'processing', 'requires_action', 'processing', 'succeeded']);
});

test('3-D Secure by redirect inside the embed: the bank’s page opens in Tillpoint’s dialog and hands back to the frame', async ({
  page,
}) => {
  await openDemoSite(page, 'redirect');
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'inline');
  await payInEmbed(frame, '4000002760003184');
  await waitForEvent(page, 'requires_action');
  const dialog = frame.getByRole('dialog', { name: 'Verify your payment' });
  await expect(dialog).toBeVisible();
  expect(await settledFrameHeight(page)).toBeGreaterThanOrEqual(720);
  await screenshotEmbed(page, 'embed-3ds-redirect');

  await frame
    .frameLocator('iframe[title="Your bank’s verification page"]')
    .getByRole('button', { name: 'Complete authentication' })
    .click();
  await waitForEvent(page, 'succeeded');
  await expect(dialog).toBeHidden();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  // Neither the bank's page nor a full Tillpoint page was left in the frame, and the shop page never navigated.
  expect(new URL(page.url()).origin).toBe(demoSiteUrl);
  expect(page.frames().filter((f) => /\/3ds\/|\/return\?/.test(f.url()))).toEqual([]);
  expect(page.frame({ url: /\/embed\/cs_/ })!.url()).toMatch(new RegExp(`/embed/${sessionId}\\?mode=inline$`));
  expect((await paymentForSession(sessionId))?.status).toBe('succeeded');
});

test('3-D Secure by redirect: closing the bank’s page leaves the payment unpaid, and Pay opens it again', async ({
  page,
}) => {
  await openDemoSite(page, 'redirect');
  const { frame } = await startEmbeddedCheckout(page, 'inline');
  await payInEmbed(frame, '4000002760003184');
  await frame.getByRole('dialog', { name: 'Verify your payment' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(frame.getByRole('main').getByRole('alert')).toHaveText(/verification with your bank was not completed/);
  expect((await waitForEvent(page, 'failed')).detail).toMatch(/^authentication_canceled: /);

  await frame.getByRole('button', { name: /^Pay / }).click();
  await frame
    .frameLocator('iframe[title="Your bank’s verification page"]')
    .getByRole('button', { name: 'Complete authentication' })
    .click();
  await waitForEvent(page, 'succeeded');
});

test('a decline shows in the embed and reaches the host as failed; another card then pays', async ({ page }) => {
  await openDemoSite(page);
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'inline');
  const before = await settledFrameHeight(page);
  await payInEmbed(frame, '4000000000000002');
  await expect(frame.getByRole('main').getByRole('alert')).toHaveText(
    'Your card was declined. Try another card or contact your bank.',
  );
  const failed = await waitForEvent(page, 'failed');
  expect(failed.detail).toBe('card_declined: Your card was declined. Try another card or contact your bank.');
  expect((await paymentForSession(sessionId))?.status).toBe('requires_payment_method');
  // The message made the content taller: the frame followed, without inner scrolling.
  expect(await settledFrameHeight(page)).toBeGreaterThan(before);
  await screenshotEmbed(page, 'embed-declined');

  await payInEmbed(frame, '4242424242424242');
  await waitForEvent(page, 'succeeded');
});

test('resize events track the content: the frame is always as tall as the checkout, at every width', async ({
  page,
}) => {
  await openDemoSite(page);
  await startEmbeddedCheckout(page, 'inline');
  const checkout = page.frame({ url: /\/embed\/cs_/ })!;
  const measure = async () => {
    const frameHeight = await page
      .locator(CHECKOUT_FRAME)
      .evaluate((element) => element.getBoundingClientRect().height);
    const lastResize = (await loggedEvents(page)).filter((event) => event.type === 'resize').at(-1)!.detail;
    const content = await checkout.evaluate(() =>
      Math.ceil(document.querySelector('[data-embed-root] > div')!.getBoundingClientRect().height),
    );
    const innerScroll = await checkout.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    return { frame: frameHeight, lastResize, content, innerScroll };
  };
  const widths = new Map<number, number>();
  for (const width of [1280, 700, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await settledFrameHeight(page);
    await expect
      .poll(async () => {
        const now = await measure();
        return now.lastResize === `${now.frame} px` && now.content === now.frame && now.innerScroll <= 0
          ? 'matches'
          : JSON.stringify(now);
      })
      .toBe('matches');
    widths.set(width, (await measure()).frame);
  }
  // The content's height changed with the width (padding, wrapping), and the frame followed each time.
  expect(new Set(widths.values()).size).toBeGreaterThan(1);
  const stored = await queryDb<{ count: string }>(
    "SELECT count(*) FROM checkout_sessions WHERE ui_mode = 'embedded' AND embed_origin = $1",
    [demoSiteUrl],
  );
  expect(Number(stored[0]!.count)).toBeGreaterThan(0);
});

test('a session mounted again reports its final state from the database: paid, or expired', async ({
  page,
  request,
}) => {
  const merchant = createMerchant('Remounting shop');
  await request.post('/api/v1/account', {
    headers: auth(merchant.secret_key),
    data: { allowed_embed_origins: [demoSiteUrl] },
  });
  const session = await createSession(request, merchant.secret_key, {
    ui_mode: 'embedded',
    success_url: undefined,
    cancel_url: undefined,
  });
  const expired = await createSession(request, merchant.secret_key, {
    ui_mode: 'embedded',
    success_url: undefined,
    cancel_url: undefined,
  });
  expect(
    (
      await request.post(`/api/v1/checkout/sessions/${expired.id}/expire`, { headers: auth(merchant.secret_key) })
    ).status(),
  ).toBe(200);

  await page.goto(demoSiteUrl);
  const mount = (id: string) =>
    page.evaluate((id) => {
      document.querySelector('#checkout')!.replaceChildren();
      (window as unknown as { seen: string[] }).seen = [];
      Tillpoint.mount('#checkout', {
        session: id,
        onEvent: (event) =>
          (window as unknown as { seen: string[] }).seen.push(
            event.type === 'succeeded' ? `succeeded ${event.payment}` : event.type,
          ),
      });
    }, id);
  const seen = () =>
    page.evaluate(() => (window as unknown as { seen: string[] }).seen.filter((type) => type !== 'resize'));

  await mount(expired.id);
  await expect(
    page.frameLocator(CHECKOUT_FRAME).getByRole('heading', { name: 'This checkout has expired' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect.poll(seen).toEqual(['ready', 'expired']);

  await mount(session.id);
  const frame = page.frameLocator(CHECKOUT_FRAME);
  await expect(frame.getByRole('button', { name: /^Pay \$45\.00$/ })).toBeEnabled({ timeout: 20_000 });
  await payInEmbed(frame, '4242424242424242');
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  const payment = await paymentForSession(session.id);
  await mount(session.id);
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(seen).toEqual(['ready', `succeeded ${payment!.id}`]);
});

test('a newcomer finds the demo shop from the landing page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'See it embedded in a shop' }).click();
  await page.waitForURL(`${demoSiteUrl}/`);
  await expect(page.getByRole('heading', { name: 'Pay without leaving the shop' })).toBeVisible();
});
