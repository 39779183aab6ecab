import { expect, test } from '@playwright/test';
import {
  expectPaymentSuccessful,
  openDemoCheckout,
  payWith,
  resetSandboxFaults,
  sandboxControl,
} from './support/checkout';
import { paymentForSession, timelineSources } from './support/database';

test.afterEach(resetSandboxFaults);

test('webhooks delayed 3 s: the page waits on "Confirming your payment…", then shows success without a reload', async ({
  page,
}) => {
  await sandboxControl('/faults/webhooks', { delay_ms: '3000' });
  await openDemoCheckout(page);
  await payWith(page, '4242424242424242');
  await page.waitForURL(/\/return\?payment=pay_/);
  await expect(page.getByRole('heading', { name: 'Confirming your payment…' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/return-confirming-desktop.png' });
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('webhooks duplicated and shuffled: the payment still ends succeeded, applied once per event', async ({ page }) => {
  await sandboxControl('/faults/webhooks', { duplicates: '3', shuffle_window: '5' });
  const sessionId = await openDemoCheckout(page, 'modal');
  await payWith(page, '4000002760003184');
  await page
    .frameLocator('iframe[title="3D Secure challenge"]')
    .getByRole('button', { name: 'Complete authentication' })
    .click();
  await expectPaymentSuccessful(page);
  const payment = await paymentForSession(sessionId);
  expect(payment?.status).toBe('succeeded');
  const timeline = await timelineSources(payment!.id);
  expect(timeline.filter((event) => event.to_status === 'succeeded')).toHaveLength(1);
});

test('a lost webhook: the reconciler reads Stripe and converges the payment', async ({ page }) => {
  await sandboxControl('/faults/webhooks', { drop_rate: '1' });
  const sessionId = await openDemoCheckout(page);
  await payWith(page, '4242424242424242');
  await expectPaymentSuccessful(page, 30_000);
  const payment = await paymentForSession(sessionId);
  const timeline = await timelineSources(payment!.id);
  expect(timeline.at(-1)).toEqual({ to_status: 'succeeded', source: 'reconciler' });
});
