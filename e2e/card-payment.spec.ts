import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { expectPaymentSuccessful, openDemoCheckout, payWith, PAYMENT_FRAME } from './support/checkout';
import { paymentForSession, timelineSources } from './support/database';

test('a customer pays with 4242 and lands on the merchant success page after the webhook', async ({ page }) => {
  const sessionId = await openDemoCheckout(page);
  await expect(page.getByRole('heading', { name: 'Pay Tillpoint Demo Store' })).toBeVisible();
  await expect(page.getByTestId('total')).toHaveText('$18.00');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'checkout');

  await payWith(page, '4242424242424242');
  await expectPaymentSuccessful(page);
  await expect(page.getByTestId('amount-paid')).toHaveText('$18.00');
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'return-success');

  await page.waitForURL(/\/demo\/thanks\?session=cs_/, { timeout: 10_000 });
  await expect(page.getByRole('heading', { name: 'Order confirmed' })).toBeVisible();

  const payment = await paymentForSession(sessionId);
  expect(payment?.status).toBe('succeeded');
  const timeline = await timelineSources(payment!.id);
  expect(timeline.at(-1)).toEqual({ to_status: 'succeeded', source: 'webhook' });
  expect(timeline.some((event) => event.to_status === 'succeeded' && event.source !== 'webhook')).toBe(false);

  await page.goto(`/c/${sessionId}`);
  await expect(page.getByRole('heading', { name: 'This checkout has been paid' })).toBeVisible();
});

test("card digits are typed only in the provider frame, never in Tillpoint's page", async ({ page }) => {
  await openDemoCheckout(page);
  const frame = page.frameLocator(PAYMENT_FRAME);
  await frame.getByLabel('Card number').fill('5555555555554444');
  await expect(frame.getByLabel('Card number')).toHaveValue('5555 5555 5555 4444');
  const html = await page.content();
  expect(html).not.toMatch(/5555\s?5555\s?5555\s?4444/);
});

test('an unknown checkout is a 404 page', async ({ page }) => {
  const response = await page.goto('/c/cs_doesnotexist000000000000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
