import { expect, test, type Page } from '@playwright/test';
import { paymentForSession } from './support/database';
import {
  CHECKOUT_FRAME,
  loggedEvents,
  openDemoSite,
  payInEmbed,
  screenshotEmbed,
  startEmbeddedCheckout,
  waitForEvent,
} from './support/embed';
import { expectNoAxeViolations } from './support/look';

const overlay = (page: Page) => page.getByRole('dialog', { name: 'Checkout' });
const closeButton = (page: Page) => page.getByRole('button', { name: 'Close checkout' });

test('the overlay opens over the shop, and the customer can close it with its button or Escape', async ({ page }) => {
  await openDemoSite(page);
  await startEmbeddedCheckout(page, 'overlay');
  await expect(overlay(page)).toBeVisible();
  // The shop behind is inert while the overlay is open: keyboard focus cannot wander behind it.
  expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(true);
  await expectNoAxeViolations(page);
  await screenshotEmbed(page, 'embed-overlay', { fullPage: false });

  await closeButton(page).click();
  await expect(overlay(page)).toHaveCount(0);
  expect((await loggedEvents(page)).at(-1)?.type).toBe('close');
  expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(false);

  // Escape in the checkout frame (where focus is) asks the host to close; in the shop's page it closes directly.
  const { frame } = await startEmbeddedCheckout(page, 'overlay');
  await frame.getByLabel('Email').focus();
  await page.keyboard.press('Escape');
  await expect(overlay(page)).toHaveCount(0);
  await startEmbeddedCheckout(page, 'overlay');
  await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  await expect(overlay(page)).toHaveCount(0);
  expect((await loggedEvents(page)).filter((event) => event.type === 'close')).toHaveLength(3);
});

test('the overlay cannot be closed mid-payment; after success its Done button closes it through the close message', async ({
  page,
}) => {
  await openDemoSite(page);
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'overlay');
  await payInEmbed(frame, '4000002760003184');
  await waitForEvent(page, 'requires_action');
  await expect(frame.getByRole('dialog', { name: '3D Secure authentication' })).toBeVisible();
  await screenshotEmbed(page, 'embed-overlay-3ds', { fullPage: false });

  await expect(closeButton(page)).toBeDisabled();
  await closeButton(page).click({ force: true });
  await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  await expect(overlay(page)).toBeVisible();
  expect(await page.locator(CHECKOUT_FRAME).count()).toBe(1);

  await frame
    .frameLocator('iframe[title="3D Secure challenge"]')
    .getByRole('button', { name: 'Complete authentication' })
    .click();
  await waitForEvent(page, 'succeeded');
  await expect(closeButton(page)).toBeEnabled();
  await expect(frame.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  await screenshotEmbed(page, 'embed-overlay-paid', { fullPage: false });
  expect((await paymentForSession(sessionId))?.status).toBe('succeeded');

  await frame.getByRole('button', { name: 'Done' }).click();
  await expect(overlay(page)).toHaveCount(0);
  const types = (await loggedEvents(page)).map((event) => event.type).filter((type) => type !== 'resize');
  expect(types).toEqual(['ready', 'processing', 'requires_action', 'processing', 'succeeded', 'close']);
  await expect(page.getByRole('status')).toHaveText(/Order confirmed/);
});
