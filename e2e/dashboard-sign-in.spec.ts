import { expect, test } from '@playwright/test';
import { createDashboardUser, DASHBOARD_PASSWORD, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { createMerchant } from './support/merchant-api';

test('signed out, the dashboard sends you to sign in; a wrong password is refused with one message', async ({ page }) => {
  const email = createDashboardUser(createMerchant('Sign-in shop').id);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/login$/);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-login');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an account.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  const unknown = await page.context().cookies();
  expect(unknown.find((cookie) => cookie.name === 'tillpoint_session')).toBeUndefined();
});

test('signing in sets an httpOnly session cookie for the dashboard only; signing out ends the session on the server', async ({ page, context }) => {
  const merchant = createMerchant('Cookie shop');
  const email = createDashboardUser(merchant.id);
  await signInToDashboard(page, email);
  await expect(page.getByText('Cookie shop', { exact: true })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'tillpoint_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/dashboard' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/dashboard\/login$/);
  // The old token is dead on the server, not only forgotten by this browser.
  await context.addCookies([{ ...cookie }]);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/login$/);
});

test('after five wrong passwords an email is rate-limited, even with the right password', async ({ page }) => {
  const email = createDashboardUser(createMerchant('Guessed shop').id);
  await page.goto('/dashboard/login');
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`guess number ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an account.');
  }
  await page.getByLabel('Password').fill(DASHBOARD_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Too many sign-in attempts\. Wait \d+ seconds/);
  await expect(page).toHaveURL(/\/dashboard\/login$/);
});

test('the dashboard works on a phone: the menu opens the sections', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToDashboard(page, createDashboardUser(createMerchant('Phone shop').id));
  await expect(page.getByRole('navigation', { name: 'Dashboard' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Settings' }).waitFor();
  await expectNoAxeViolations(page);
});
