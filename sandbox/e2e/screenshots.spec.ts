import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.js';
import { challengeFrame, fillCard, openCheckout, pay, threeDsModal } from './support/checkout-page.js';
import { sandboxUrl } from './support/environment.js';

/** Screenshots for humans to review (screenshots/sandbox/, git-ignored). */
const DIR = fileURLToPath(new URL('../../screenshots/sandbox/', import.meta.url));

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

for (const device of VIEWPORTS) {
  test.describe(device.name, () => {
    test.use({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile });
    const shoot = (page: Page, name: string) => page.screenshot({ path: `${DIR}${name}-${device.name}.png` });

    test('CardElement checkout and the 3DS modal', async ({ page }) => {
      const frame = await openCheckout(page, { element: 'card', flow: 'manual' });
      await fillCard(frame, { number: '4242424242424242' });
      await shoot(page, 'checkout-card-element');
      await frame.getByLabel('Card number').fill('4242424242424241');
      await expect(frame.getByText('Your card number is invalid.')).toBeVisible();
      await shoot(page, 'checkout-card-element-error');
      await frame.getByLabel('Card number').fill('4000002760003184');
      await pay(page);
      await expect(threeDsModal(page)).toBeVisible();
      await expect(challengeFrame(page).getByRole('button', { name: 'Complete authentication' })).toBeEnabled();
      await shoot(page, '3ds-modal');
    });

    test('PaymentElement checkout, the redirect challenge page and the return page', async ({ page }) => {
      const frame = await openCheckout(page, { element: 'payment', flow: 'redirect' });
      await shoot(page, 'checkout-payment-element');
      await frame.getByLabel('Card number').fill('4242 4242');
      await pay(page);
      await expect(frame.getByText('Your card number is incomplete.')).toBeVisible();
      await shoot(page, 'checkout-payment-element-errors');
      await fillCard(frame, { number: '4000002760003184' });
      await pay(page);
      await page.waitForURL((url) => url.href.startsWith(`${sandboxUrl()}/3ds/`));
      const complete = page.getByRole('button', { name: 'Complete authentication' });
      await expect(complete).toBeEnabled();
      await complete.blur();
      await shoot(page, '3ds-redirect-page');
      await complete.click();
      await page.waitForURL(/\/return\?/);
      await shoot(page, 'return-page');
    });
  });
}
