import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { expectPaymentSuccessful, openDemoCheckout, payWith, pageAlert } from './support/checkout';
import { paymentForSession } from './support/database';

test('3DS by redirect: the bank page, back to /return, the server confirms again, success after the webhook', async ({
  page,
}) => {
  const sessionId = await openDemoCheckout(page, 'redirect');
  await payWith(page, '4000002760003184');
  await page.waitForURL(/\/3ds\//);
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await page.waitForURL(/\/return\?payment=pay_.*payment_intent=pi_/);
  await expectPaymentSuccessful(page);
  expect((await paymentForSession(sessionId))?.status).toBe('succeeded');
});

test('3DS by redirect failed: /return explains and offers another card', async ({ page }) => {
  const sessionId = await openDemoCheckout(page, 'redirect');
  await payWith(page, '4000002760003184');
  await page.waitForURL(/\/3ds\//);
  await page.getByRole('button', { name: 'Fail authentication' }).click();
  await expect(page.getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await expect(pageAlert(page)).toHaveText(/couldn't verify this payment with your bank/);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'return-failed');

  await page.getByRole('link', { name: 'Try another card' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${sessionId}$`));
  await payWith(page, '4242424242424242');
  await expectPaymentSuccessful(page);
});
