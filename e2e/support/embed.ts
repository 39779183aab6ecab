import { expect, type FrameLocator, type Page } from '@playwright/test';
import { PAYMENT_FRAME } from './checkout';
import { demoSiteUrl } from './e2e-env';
import { VIEWPORTS } from './look';

export const CHECKOUT_FRAME = 'iframe[title="Secure checkout"]';

export type LoggedEvent = { type: string; at: number; detail: string };

/** Opens the demo merchant site (another origin than Tillpoint) with the chosen 3-D Secure UI. */
export async function openDemoSite(page: Page, threeDSecureUi: 'modal' | 'redirect' = 'modal'): Promise<void> {
  await page.goto(demoSiteUrl);
  await page.getByLabel(threeDSecureUi === 'modal' ? 'in a dialog' : 'as the bank’s page').check();
}

/** Starts an embedded checkout from the demo site and waits until it takes input; returns the frame and session id. */
export async function startEmbeddedCheckout(
  page: Page,
  mode: 'inline' | 'overlay',
): Promise<{ frame: FrameLocator; sessionId: string }> {
  await page
    .getByRole('button', { name: mode === 'inline' ? 'Check out on this page' : 'Check out in a pop-up' })
    .click();
  const frame = page.frameLocator(CHECKOUT_FRAME);
  await expect(frame.getByRole('button', { name: /^Pay \$46\.00$/ })).toBeEnabled({ timeout: 20_000 });
  await waitForEvent(page, 'ready');
  const src = await page.locator(CHECKOUT_FRAME).getAttribute('src');
  return { frame, sessionId: /\/embed\/(cs_\w+)/.exec(src ?? '')![1]! };
}

/** Types the email and a card (into the payment provider's frame inside the checkout frame) and presses Pay. */
export async function payInEmbed(frame: FrameLocator, number: string): Promise<void> {
  await frame.getByLabel('Email').fill('customer@example.com');
  const card = frame.frameLocator(PAYMENT_FRAME);
  await card.getByLabel('Card number').fill(number);
  await card.getByLabel('Expiration date').fill('12 / 34');
  await card.getByLabel('Security code').fill('123');
  const postal = card.getByLabel('Postal code');
  if (await postal.isVisible()) await postal.fill('10001');
  await frame.getByRole('button', { name: /^Pay / }).click();
}

/** What the demo site's onEvent received, oldest first, with the time each arrived (Date.now() in the page). */
export async function loggedEvents(page: Page): Promise<LoggedEvent[]> {
  const events = await page.locator('#event-log li[data-type]').evaluateAll((items) =>
    items.map((item) => ({
      type: (item as HTMLElement).dataset.type!,
      at: Number((item as HTMLElement).dataset.at),
      detail: (item as HTMLElement).dataset.detail ?? '',
    })),
  );
  return events.reverse();
}

export async function waitForEvent(page: Page, type: string, timeout = 20_000): Promise<LoggedEvent> {
  await expect(page.locator(`#event-log li[data-type="${type}"]`).first()).toBeAttached({ timeout });
  return (await loggedEvents(page)).filter((event) => event.type === type).at(-1)!;
}

/**
 * The checkout frame's height once it stopped changing. The frame is scrolled into view first: Chrome
 * does not render cross-origin frames off screen, so their content (and its resize messages) waits until seen.
 */
export async function settledFrameHeight(page: Page): Promise<number> {
  await page.locator(CHECKOUT_FRAME).scrollIntoViewIfNeeded();
  let previous = -1;
  for (let i = 0; i < 40; i++) {
    const height = await page.locator(CHECKOUT_FRAME).evaluate((frame) => frame.getBoundingClientRect().height);
    if (height === previous) return height;
    previous = height;
    await page.waitForTimeout(150);
  }
  return previous;
}

/**
 * Screenshots at desktop and phone widths like screenshotBoth, waiting for the frame to take its new
 * height. The overlay is fixed to the viewport, so it is shot as the customer sees it (`fullPage: false`).
 */
export async function screenshotEmbed(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await settledFrameHeight(page);
    await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await settledFrameHeight(page);
}
