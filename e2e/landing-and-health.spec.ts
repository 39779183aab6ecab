import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth } from './support/look';

test('a newcomer lands on a page that says what Tillpoint is and where to go next', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Take card payments');
  await expect(page.getByRole('heading', { name: 'Where to go next' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'landing');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  expect(response.headers()['cache-control']).toBe('no-store');
});

test('pages refuse to be framed by other sites', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
